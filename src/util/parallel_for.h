#ifndef CDKPP_UTIL_PARALLEL_FOR_H_
#define CDKPP_UTIL_PARALLEL_FOR_H_

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <system_error>
#include <thread>
#include <vector>

namespace cdkpp::internal {

/// The cores this process may run on (its affinity mask: a container or
/// `taskset` may grant fewer than the machine has), at least 1.
inline std::size_t UsableCores() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof(set), &set) == 0) {
    return std::max(1, CPU_COUNT(&set));
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

/// Calls work(i) once for every i in [0, count), spread over up to
/// UsableCores() threads (this one included); returns when all are done.
/// Each call must touch only its own i's data: results go to slot i of a
/// vector sized beforehand, so their order, and the output, is the same
/// whatever the thread count. Items are handed out one at a time, so a
/// slow item does not hold up the others' thread. With one item or one core
/// everything runs on the calling thread; a thread that cannot be started
/// leaves its share to the others. work must not throw.
template <class Work>
void ParallelFor(std::size_t count, Work&& work) {
  std::size_t threads = std::min(count, UsableCores());
  std::atomic<std::size_t> next{0};
  auto drain = [&] {
    for (std::size_t i = next.fetch_add(1); i < count; i = next.fetch_add(1)) work(i);
  };
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t) {
    try {
      helpers.emplace_back(drain);
    } catch (const std::system_error&) {
      break;  // no more threads (a process limit): the started ones and this one do it all
    }
  }
  drain();
  for (std::thread& helper : helpers) helper.join();
}

}  // namespace cdkpp::internal

#endif  // CDKPP_UTIL_PARALLEL_FOR_H_
