// Inline Lambda handlers, embedded at build time byte-for-byte as their
// template's ZipFile code. Paths are relative to the include directories;
// CMakeLists.txt lists the files as OBJECT_DEPENDS so an edit rebuilds this.

#define EMBED(name, path)        \
  .global name##_begin;          \
  .global name##_end;            \
  .balign 16;                    \
  name##_begin:                  \
  .incbin path;                  \
  name##_end:                    \
  .byte 0

  .section .rodata
EMBED(cdkpp_lambda_dms_service_roles, "../src/constructs/lambda/dms_service_roles.py")

  // No executable stack for the objects this is linked with.
  .section .note.GNU-stack,"",@progbits
