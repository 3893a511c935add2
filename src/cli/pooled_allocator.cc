// The cdkpp executable's global operator new and delete (never the library's:
// a program that links libcdkpp keeps its own allocator). A synth makes tens
// of thousands of small, short-lived allocations (JSON nodes, strings, YAML
// nodes); glibc's malloc and free spent about a third of the run's
// instructions on them. Here a small block comes from a free list of its size
// class or from a bump pointer in one reserved region: a few instructions
// each way. Blocks over kMaxPooled bytes, and every block once the region is
// used up, go to malloc.
//
// Left out under AddressSanitizer, ThreadSanitizer and MemorySanitizer: their
// own operator new is what finds heap errors.
#include <sys/mman.h>

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
constexpr std::size_t kClassCount = kMaxPooled / kGranule + 1;  // class c holds c * 16 bytes
// Each page holds blocks of one class; its class is looked up by address, so
// a block needs no header and an unsized delete still finds its list.
constexpr std::size_t kPageBytes = 64 * 1024;
// Address space only (MAP_NORESERVE): memory counts once a page is touched.
constexpr std::size_t kRegionBytes = std::size_t{1} << 30;
constexpr std::size_t kPageCount = kRegionBytes / kPageBytes;

struct FreeBlock {
  FreeBlock* next;
};

// Zero-initialized static state: operator new runs before any constructor.
struct PoolState {
  bool mapped;
  bool map_failed;
  bool locked;
  char* base;
  char* next_page;
  FreeBlock* free_list[kClassCount];
  char* bump[kClassCount];
  char* bump_end[kClassCount];
  std::uint8_t page_class[kPageCount];
};
constinit PoolState pool{};

// No command uses threads today; the lock keeps a future one safe for a few
// instructions.
void LockPool() {
  while (__atomic_exchange_n(&pool.locked, true, __ATOMIC_ACQUIRE)) {
  }
}
void UnlockPool() { __atomic_store_n(&pool.locked, false, __ATOMIC_RELEASE); }

bool MapRegion() {
  if (pool.mapped) return true;
  if (pool.map_failed) return false;
  void* region = mmap(nullptr, kRegionBytes, PROT_READ | PROT_WRITE,
                      MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (region == MAP_FAILED) {
    pool.map_failed = true;  // e.g. a tight `ulimit -v`: malloc serves everything
    return false;
  }
  pool.base = static_cast<char*>(region);
  pool.next_page = pool.base;
  pool.mapped = true;
  return true;
}

bool InPool(const void* p) {
  const char* at = static_cast<const char*>(p);
  return pool.mapped && at >= pool.base && at < pool.base + kRegionBytes;
}

// A block of class size_class from the locked pool, or nullptr when the region is used up.
void* TakeBlock(std::size_t size_class) {
  if (FreeBlock* block = pool.free_list[size_class]) {
    pool.free_list[size_class] = block->next;
    return block;
  }
  std::size_t bytes = size_class * kGranule;
  if (pool.bump_end[size_class] - pool.bump[size_class] < static_cast<std::ptrdiff_t>(bytes)) {
    if (!MapRegion() || pool.next_page == pool.base + kRegionBytes) return nullptr;
    pool.page_class[(pool.next_page - pool.base) / kPageBytes] =
        static_cast<std::uint8_t>(size_class);
    pool.bump[size_class] = pool.next_page;
    pool.bump_end[size_class] = pool.next_page + kPageBytes;
    pool.next_page += kPageBytes;
  }
  void* block = pool.bump[size_class];
  pool.bump[size_class] += bytes;
  return block;
}

void* PooledAllocate(std::size_t n) {
  if (n > kMaxPooled) return nullptr;
  std::size_t size_class = n == 0 ? 1 : (n + kGranule - 1) / kGranule;
  LockPool();
  void* block = TakeBlock(size_class);
  UnlockPool();
  return block;
}

void* AllocateOrThrow(std::size_t n) {
  if (void* block = PooledAllocate(n)) return block;
  for (;;) {
    if (void* block = std::malloc(n == 0 ? 1 : n)) return block;
    std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void* AllocateNoThrow(std::size_t n) noexcept {
  try {
    return AllocateOrThrow(n);
  } catch (...) {
    return nullptr;
  }
}

void Release(void* p) noexcept {
  if (p == nullptr) return;
  if (!InPool(p)) {
    std::free(p);
    return;
  }
  LockPool();
  std::size_t size_class = pool.page_class[(static_cast<char*>(p) - pool.base) / kPageBytes];
  auto* block = static_cast<FreeBlock*>(p);
  block->next = pool.free_list[size_class];
  pool.free_list[size_class] = block;
  UnlockPool();
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
