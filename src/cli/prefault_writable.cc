// Start-up of the static PIE: its writable data faulted in as one range.
//
// Before main, glibc relocates the executable (_dl_relocate_static_pie writes
// every page of .data.rel.ro, .got and .data that holds a pointer: vtables,
// typeinfo, tables of strings) and initializes itself and libstdc++ (.bss).
// Each page's first write was a page fault of its own: 32 of the 69 of a
// `cdkpp diff` of the benchmarks' pair. On this VM a fault costs 10-13 us,
// of which about half is entering and leaving the kernel; one
// madvise(MADV_POPULATE_WRITE) over the writable segments makes the same
// pages present in one kernel entry (4.7 us a page instead of 10, measured
// with 128 pages of a private file mapping). The stack's next 16 KiB below
// the entry's go the same way: a diff's calls reach 3 pages below it, a
// synth's up to 7 (3 page faults fewer for each). The entry point
// (prefault_entry_x86_64.S) calls this before glibc's own entry, _start.
//
// It runs before relocation and before TLS: it reads only through
// PC-relative addresses (__ehdr_start, defined by the linker and hidden),
// calls no libc function (errno is thread-local) and has no stack protector.
// A kernel without MADV_POPULATE_WRITE (before 5.14) rejects the call and
// the pages fault one by one, as before; so does a stack limit too small for
// the 16 KiB.
#include <elf.h>
#include <link.h>
#include <sys/syscall.h>

#include <cstdint>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

namespace {

constexpr std::uintptr_t kPageBytes = 4096;
constexpr std::uintptr_t kStackBytes = 16 * 1024;

[[gnu::always_inline]] inline void PopulateForWrite(std::uintptr_t start, std::uintptr_t end) {
  long result;
  asm volatile("syscall"
               : "=a"(result)
               : "0"(long{SYS_madvise}), "D"(start), "S"(end - start), "d"(MADV_POPULATE_WRITE)
               : "rcx", "r11", "memory");
}

}  // namespace

extern "C" {

[[gnu::visibility("hidden")]] extern const ElfW(Ehdr) __ehdr_start;

// __attribute__ spelling: clang 14 knows no [[gnu::no_stack_protector]].
[[gnu::used, gnu::visibility("hidden")]] __attribute__((no_stack_protector)) void
cdkpp_prefault_writable_segments(std::uintptr_t stack_pointer) {
  std::uintptr_t stack_page = stack_pointer & ~(kPageBytes - 1);
  PopulateForWrite(stack_page - kStackBytes, stack_page);
  const auto base = reinterpret_cast<std::uintptr_t>(&__ehdr_start);
  const auto* headers = reinterpret_cast<const ElfW(Phdr)*>(base + __ehdr_start.e_phoff);
  for (unsigned i = 0; i < __ehdr_start.e_phnum; ++i) {
    const ElfW(Phdr)& segment = headers[i];
    if (segment.p_type != PT_LOAD || (segment.p_flags & PF_W) == 0) continue;
    std::uintptr_t start = (base + segment.p_vaddr) & ~(kPageBytes - 1);
    PopulateForWrite(start, base + segment.p_vaddr + segment.p_memsz);
  }
}

}  // extern "C"
