// The cdkpp executable's operator new and delete (src/cli/pooled_allocator.cc),
// linked into a test binary of their own: in cdkpp_tests they would replace
// the allocator of every other test too.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace {

std::uintptr_t Address(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

// A block from operator new, filled to its last byte (a block too small for
// its size would overwrite a neighbour, which the checks below would see).
struct Block {
  explicit Block(std::size_t n) : bytes(n), data(static_cast<char*>(::operator new(n))) {
    std::memset(data, static_cast<int>(n & 0x7f), n);
  }
  ~Block() { ::operator delete(data); }
  bool Intact() const {
    for (std::size_t i = 0; i < bytes; ++i) {
      if (data[i] != static_cast<char>(bytes & 0x7f)) return false;
    }
    return true;
  }
  std::size_t bytes;
  char* data;
};

// The sizes at each class boundary: the granules up to 512 bytes, the
// power-of-two classes from 1 KiB, the pages of their own above 32 KiB.
const std::size_t kBoundaries[] = {1,     15,    16,    17,         511,        512,
                                   513,   1024,  1025,  32 * 1024,  32 * 1024 + 1,
                                   65536, 65537, 240000, 1 << 20,   (1 << 20) + 1};

TEST(PooledAllocator, EveryBlockIsAlignedAndHoldsItsWholeSize) {
  std::vector<std::unique_ptr<Block>> blocks;
  for (int round = 0; round < 3; ++round) {
    for (std::size_t n : kBoundaries) blocks.push_back(std::make_unique<Block>(n));
  }
  for (const auto& b : blocks) {
    EXPECT_EQ(Address(b->data) % 16, 0u) << b->bytes;
    EXPECT_TRUE(b->Intact()) << b->bytes;
  }
}

TEST(PooledAllocator, AFreedBlockIsReusedForTheSameClass) {
  for (std::size_t n : kBoundaries) {
    void* first = ::operator new(n);
    ::operator delete(first);
    void* again = ::operator new(n);
    EXPECT_EQ(again, first) << n;
    ::operator delete(again);
  }
}

TEST(PooledAllocator, BlocksOverAPageTakeWholePagesOfTheRegion) {
  // A page is 32 KiB: a block that needs pages of its own starts on one.
  // malloc's large blocks (mmap'd) start 16 bytes into a 4 KiB page.
  for (std::size_t n : {std::size_t{32 * 1024 + 1}, std::size_t{240000}, std::size_t{8} << 20}) {
    Block a(n);
    Block b(n);
    EXPECT_EQ(Address(a.data) % (32 * 1024), 0u) << n;
    EXPECT_EQ(Address(b.data) % (32 * 1024), 0u) << n;
    EXPECT_TRUE(a.Intact() && b.Intact()) << n;
  }
}

TEST(PooledAllocator, PagesFarIntoTheRegionKeepTheirClass) {
  // Each page's class is in a table at the region's start: a freed block of
  // a page 200 MiB in finds its class's list as one of the first page does.
  std::vector<void*> spans;
  for (int i = 0; i < 25; ++i) spans.push_back(::operator new(std::size_t{8} << 20));
  for (std::size_t n : {std::size_t{16}, std::size_t{480}, std::size_t{3000}, std::size_t{40000}}) {
    void* block = ::operator new(n);
    ::operator delete(block);
    EXPECT_EQ(::operator new(n), block) << n;
    ::operator delete(block);
  }
  void* last = spans.back();
  ::operator delete(last);
  EXPECT_EQ(::operator new(std::size_t{8} << 20), last);
  for (void* span : spans) ::operator delete(span);
}

TEST(PooledAllocator, BlocksBeyondTheLargestClassComeFromMalloc) {
  Block big((std::size_t{64} << 20) + 1);
  EXPECT_NE(Address(big.data) % (32 * 1024), 0u);
  EXPECT_TRUE(big.Intact());
}

TEST(PooledAllocator, ABlockFreedOnAnotherThreadIsReusedThere) {
  for (std::size_t n : {std::size_t{48}, std::size_t{4096}, std::size_t{100000}}) {
    void* block = ::operator new(n);
    void* reused = nullptr;
    std::thread other([&] {
      ::operator delete(block);
      reused = ::operator new(n);
      ::operator delete(reused);
    });
    other.join();
    EXPECT_EQ(reused, block) << n;
  }
}

TEST(PooledAllocator, ThreadsAllocatingAtOnceGetDistinctBlocks) {
  constexpr int kThreads = 4;
  constexpr int kBlocks = 2000;
  std::vector<std::vector<void*>> taken(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&taken, t] {
      for (int i = 0; i < kBlocks; ++i) {
        std::size_t n = 16 + static_cast<std::size_t>((i * 37) % 3000);
        auto* p = static_cast<char*>(::operator new(n));
        std::memset(p, t, n);
        taken[static_cast<std::size_t>(t)].push_back(p);
      }
    });
  }
  for (auto& th : threads) th.join();
  std::vector<std::uintptr_t> all;
  for (const auto& list : taken) {
    for (void* p : list) all.push_back(Address(p));
  }
  std::sort(all.begin(), all.end());
  EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end());
  for (const auto& list : taken) {
    for (void* p : list) ::operator delete(p);
  }
}

}  // namespace
