// The cdkpp executable's global operator new and delete (never the library's:
// a program that links libcdkpp keeps its own allocator). A synth makes tens
// of thousands of small, short-lived allocations (JSON nodes, strings, YAML
// nodes); glibc's malloc and free spent about a third of the run's
// instructions on them. Here a small block comes from the thread's free list
// of its size class or from a bump pointer in one reserved region: a few
// instructions each way, with no lock. Blocks up to kMaxSpan bytes come from
// the region too (the bigger ones through the slow path); bigger blocks, and
// every block once the region is used up, go to malloc.
//
// Left out under AddressSanitizer, ThreadSanitizer and MemorySanitizer: their
// own operator new is what finds heap errors.
#include <sys/mman.h>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define CDKPP_POOLED_ALLOCATOR 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define CDKPP_POOLED_ALLOCATOR 0
#endif
#endif
#ifndef CDKPP_POOLED_ALLOCATOR
#define CDKPP_POOLED_ALLOCATOR 1
#endif

#if CDKPP_POOLED_ALLOCATOR

namespace cdkpp::cli {
namespace {

constexpr std::size_t kGranule = 16;  // the alignment operator new promises
constexpr std::size_t kMaxPooled = 512;
constexpr std::size_t kSmallClassCount = kMaxPooled / kGranule + 1;  // class c: c * 16 bytes
// Bigger blocks (strings, vectors and buffers of a template) take the slow
// path into power-of-two classes: class kSmallClassCount + k holds 1 KiB << k,
// up to kMaxSpan. They would otherwise fault in glibc's heap page by page: a
// file's text read into a 240 KB string cost 59 page faults in malloc's own
// mapping, one huge page here. Blocks up to kMaxLarge share a page with others
// of their class; bigger ones (spans) take whole pages of their own.
constexpr std::size_t kMaxLarge = 32 * 1024;
constexpr std::size_t kMaxSpan = std::size_t{64} << 20;
constexpr std::size_t kLargeClassCount = 17;  // 1 KiB, 2 KiB, ... 64 MiB
constexpr std::size_t kClassCount = kSmallClassCount + kLargeClassCount;
// Each page holds blocks of one class; its class is looked up by address, so
// a block needs no header and an unsized delete still finds its list. 32 KiB
// keeps the pages of a synth of the example inside the region's first 2 MiB
// huge page (with 64 KiB pages it took two: 8.2 MiB peak RSS).
constexpr std::size_t kPageBytes = 32 * 1024;
static_assert(kMaxLarge <= kPageBytes, "a page holds at least one block of each class");
static_assert((std::size_t{1024} << (kLargeClassCount - 1)) == kMaxSpan, "the last class");
// Address space only (MAP_NORESERVE): memory counts once a page is touched.
constexpr std::size_t kRegionBytes = std::size_t{1} << 30;
constexpr std::size_t kPageCount = kRegionBytes / kPageBytes;

struct FreeBlock {
  FreeBlock* next;
};

// Shared by all threads, zero-initialized: operator new runs before any
// constructor. Changed only under the lock, when a page is started.
// The field every delete reads (end) and the ones a new page writes (locked,
// next_page) sit on separate cache lines, so that a page one thread starts
// does not evict the line every other thread's delete reads (the stacks of a
// config synthesize on several threads).
struct Region {
  // One past the region's last byte; 0 before it is mapped, when every
  // user-space address lies kRegionBytes or more past it (RegionBase).
  alignas(64) std::uintptr_t end;
  alignas(64) bool map_failed;
  bool locked;
  char* next_page;
};
constinit Region region{};

// The class of each page, one byte a page, is the region's own first page:
// kPageCount bytes are exactly one page. In .bss its eight 4 KiB pages were
// part of the writable data start-up makes present in one call
// (src/cli/prefault_writable.cc), at about 5 us a page here, though a
// command reads only its first hundred bytes; in the region it shares the
// huge page the first allocation faults in anyway. Its own entry (page 0)
// stays 0.
static_assert(kPageCount == kPageBytes, "the page-class table fills the region's first page");
std::uint8_t* PageClasses(std::uintptr_t region_base) {
  return reinterpret_cast<std::uint8_t*>(region_base);
}

// Each thread's free lists and current pages: the common path takes no lock.
// A block freed by another thread joins that thread's list; any thread may
// reuse any block of its class.
struct ThreadCache {
  FreeBlock* free_list[kClassCount];
  char* bump[kClassCount];
  char* bump_end[kClassCount];
};
constinit thread_local ThreadCache cache{};

void LockRegion() {
  while (__atomic_exchange_n(&region.locked, true, __ATOMIC_ACQUIRE)) {
  }
}
void UnlockRegion() { __atomic_store_n(&region.locked, false, __ATOMIC_RELEASE); }

bool MapRegion() {
  if (region.end != 0) return true;
  if (region.map_failed) return false;
  void* base = mmap(nullptr, kRegionBytes, PROT_READ | PROT_WRITE,
                    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (base == MAP_FAILED) {
    region.map_failed = true;  // e.g. a tight `ulimit -v`: malloc serves everything
    return false;
  }
  // Transparent huge pages where the kernel offers them (madvise mode): a
  // synth touches dozens of the region's 4 KiB pages, and on a VM each first
  // touch is a page fault costing more than the work done on the page.
  madvise(base, kRegionBytes, MADV_HUGEPAGE);
  region.next_page = static_cast<char*>(base) + kPageBytes;  // after the page-class table
  __atomic_store_n(&region.end, reinterpret_cast<std::uintptr_t>(base) + kRegionBytes,
                   __ATOMIC_RELEASE);
  return true;
}

// The region's first byte. A block's offset from it is kRegionBytes or more
// when the block is not in the region (malloc's blocks, nullptr, anything
// before the region is mapped). A thread holding a pooled block has seen the
// region mapped, so a relaxed read is enough.
std::uintptr_t RegionBase() {
  return __atomic_load_n(&region.end, __ATOMIC_RELAXED) - kRegionBytes;
}

std::size_t SizeClass(std::size_t n) { return (n + kGranule - 1) / kGranule; }

// The class of a block of kMaxPooled < n <= kMaxSpan bytes.
std::size_t LargeSizeClass(std::size_t n) {
  return kSmallClassCount + static_cast<std::size_t>(std::bit_width(n - 1)) - 10;
}

std::size_t ClassBytes(std::size_t size_class) {
  return size_class < kSmallClassCount ? size_class * kGranule
                                       : std::size_t{1024} << (size_class - kSmallClassCount);
}

// The common case, inlined into operator new: a block of class size_class
// from this thread's free list or current page, or nullptr when that page is
// used up or was never started (both bump pointers are null then).
void* TakeCachedBlock(std::size_t size_class, std::size_t bytes) {
  ThreadCache& c = cache;
  if (FreeBlock* block = c.free_list[size_class]) {
    c.free_list[size_class] = block->next;
    return block;
  }
  char* block = c.bump[size_class];
  if (static_cast<std::size_t>(c.bump_end[size_class] - block) < bytes) return nullptr;
  c.bump[size_class] = block + bytes;
  return block;
}

// Starts a new page of size_class for this thread and takes its first
// block, or nullptr when there is no region or it is used up. A span (a
// class bigger than a page) takes as many pages as it needs, all its own:
// only its first page's class is recorded, the address every delete gets.
void* TakeBlockFromNewPage(std::size_t size_class) {
  const std::size_t block_bytes = ClassBytes(size_class);
  const std::size_t run_bytes = block_bytes > kPageBytes ? block_bytes : kPageBytes;
  LockRegion();
  char* page = nullptr;
  if (MapRegion() &&
      region.end - reinterpret_cast<std::uintptr_t>(region.next_page) >= run_bytes) {
    page = region.next_page;
    std::uintptr_t base = region.end - kRegionBytes;
    PageClasses(base)[(reinterpret_cast<std::uintptr_t>(page) - base) / kPageBytes] =
        static_cast<std::uint8_t>(size_class);
    region.next_page += run_bytes;
  }
  UnlockRegion();
  if (page == nullptr || block_bytes >= kPageBytes) return page;
  cache.bump[size_class] = page + block_bytes;
  cache.bump_end[size_class] = page + kPageBytes;
  return page;
}

// Everything but the common case: new pages, big or empty requests, malloc.
[[gnu::noinline]] void* AllocateSlow(std::size_t n) {
  if (n != 0 && n <= kMaxPooled) {
    if (void* block = TakeBlockFromNewPage(SizeClass(n))) return block;
  } else if (n > kMaxPooled && n <= kMaxSpan) {
    std::size_t size_class = LargeSizeClass(n);
    if (void* block = TakeCachedBlock(size_class, ClassBytes(size_class))) return block;
    if (void* block = TakeBlockFromNewPage(size_class)) return block;
  }
  for (;;) {
    if (void* block = std::malloc(n == 0 ? 1 : n)) return block;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

inline void* AllocateOrThrow(std::size_t n) {
  if (n - 1 < kMaxPooled) {  // 1..kMaxPooled; 0 wraps around to the slow path
    std::size_t size_class = SizeClass(n);
    if (void* block = TakeCachedBlock(size_class, size_class * kGranule)) return block;
  }
  return AllocateSlow(n);
}

void* AllocateNoThrow(std::size_t n) noexcept {
  try {
    return AllocateOrThrow(n);
  } catch (...) {
    return nullptr;
  }
}

inline void Release(void* p) noexcept {
  std::uintptr_t base = RegionBase();
  std::uintptr_t offset = reinterpret_cast<std::uintptr_t>(p) - base;
  if (offset >= kRegionBytes) {  // malloc's block, or nullptr
    std::free(p);
    return;
  }
  std::size_t size_class = PageClasses(base)[offset / kPageBytes];
  auto* block = static_cast<FreeBlock*>(p);
  block->next = cache.free_list[size_class];
  cache.free_list[size_class] = block;
}

}  // namespace
}  // namespace cdkpp::cli

void* operator new(std::size_t n) { return cdkpp::cli::AllocateOrThrow(n); }
void* operator new[](std::size_t n) { return cdkpp::cli::AllocateOrThrow(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  return cdkpp::cli::AllocateNoThrow(n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  return cdkpp::cli::AllocateNoThrow(n);
}
void operator delete(void* p) noexcept { cdkpp::cli::Release(p); }
void operator delete[](void* p) noexcept { cdkpp::cli::Release(p); }
void operator delete(void* p, std::size_t) noexcept { cdkpp::cli::Release(p); }
void operator delete[](void* p, std::size_t) noexcept { cdkpp::cli::Release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { cdkpp::cli::Release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { cdkpp::cli::Release(p); }

#endif  // CDKPP_POOLED_ALLOCATOR
