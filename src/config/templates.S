// The `cdkpp init` templates, embedded at build time so the binary works
// from any directory. Paths are relative to the include directories
// (include/ and src/ are one level below the project root); CMakeLists.txt
// lists the files as OBJECT_DEPENDS so that editing one rebuilds this.
// Each template is followed by a NUL so it can also be read as a C string.

#define EMBED(name, path)        \
  .global name##_begin;          \
  .global name##_end;            \
  .balign 16;                    \
  name##_begin:                  \
  .incbin path;                  \
  name##_end:                    \
  .byte 0

  .section .rodata
EMBED(cdkpp_template_default, "../templates/default/cdkpp.yaml")
EMBED(cdkpp_template_production, "../templates/production/cdkpp.yaml")

  // No executable stack for the objects this is linked with.
  .section .note.GNU-stack,"",@progbits
