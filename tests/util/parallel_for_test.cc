#include "util/parallel_for.h"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace cdkpp::internal {
namespace {

TEST(ParallelFor, CallsEveryItemExactlyOnce) {
  for (std::size_t count : {0u, 1u, 2u, 3u, 100u, 1000u}) {
    std::vector<std::atomic<int>> calls(count);
    ParallelFor(count, [&](std::size_t i) { calls[i].fetch_add(1); });
    for (std::size_t i = 0; i < count; ++i) EXPECT_EQ(calls[i].load(), 1) << i << " of " << count;
  }
}

TEST(ParallelFor, OneItemRunsOnTheCallingThread) {
  std::thread::id ran;
  ParallelFor(1, [&](std::size_t) { ran = std::this_thread::get_id(); });
  EXPECT_EQ(ran, std::this_thread::get_id());
}

// With two usable cores, two items run at the same time: each waits (up to
// ten seconds) until the other has started.
TEST(ParallelFor, ItemsRunSideBySideWhenThereAreCores) {
  std::mutex m;
  std::condition_variable arrived;
  std::set<std::thread::id> threads;
  bool parallel = UsableCores() > 1;
  ParallelFor(2, [&](std::size_t) {
    std::unique_lock lock(m);
    threads.insert(std::this_thread::get_id());
    arrived.notify_all();
    if (parallel) arrived.wait_for(lock, std::chrono::seconds(10), [&] { return threads.size() == 2; });
  });
  EXPECT_EQ(threads.size(), parallel ? 2u : 1u);
}

}  // namespace
}  // namespace cdkpp::internal
