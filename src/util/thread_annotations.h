// Clang thread-safety annotations (https://clang.llvm.org/docs/ThreadSafetyAnalysis.html), checked by clang's
// -Wthread-safety and ignored by other compilers. Data carries GUARDED_BY(m_mutex); methods carry REQUIRES(...) or
// EXCLUDES(...) on their declaration only. util::Mutex and util::LockGuard are std::mutex and std::lock_guard with
// the capability attributes clang needs to follow them.
#pragma once

#include <mutex>

#if defined(__clang__)
#define STACKS_THREAD_ANNOTATION_(x) __attribute__((x))
#else
#define STACKS_THREAD_ANNOTATION_(x)
#endif

#define CAPABILITY(x) STACKS_THREAD_ANNOTATION_(capability(x))
#define SCOPED_CAPABILITY STACKS_THREAD_ANNOTATION_(scoped_lockable)
#define GUARDED_BY(x) STACKS_THREAD_ANNOTATION_(guarded_by(x))
#define PT_GUARDED_BY(x) STACKS_THREAD_ANNOTATION_(pt_guarded_by(x))
#define REQUIRES(...) STACKS_THREAD_ANNOTATION_(requires_capability(__VA_ARGS__))
#define EXCLUDES(...) STACKS_THREAD_ANNOTATION_(locks_excluded(__VA_ARGS__))
#define ACQUIRE(...) STACKS_THREAD_ANNOTATION_(acquire_capability(__VA_ARGS__))
#define RELEASE(...) STACKS_THREAD_ANNOTATION_(release_capability(__VA_ARGS__))
#define NO_THREAD_SAFETY_ANALYSIS STACKS_THREAD_ANNOTATION_(no_thread_safety_analysis)

namespace stacks::util {

/// A std::mutex that clang's analysis knows as a capability.
class CAPABILITY("mutex") Mutex {
 public:
  void lock() ACQUIRE() { m_mutex.lock(); }
  void unlock() RELEASE() { m_mutex.unlock(); }
  bool try_lock() STACKS_THREAD_ANNOTATION_(try_acquire_capability(true)) { return m_mutex.try_lock(); }
  /// The underlying mutex, for std::condition_variable_any and std::unique_lock.
  std::mutex& native() { return m_mutex; }

 private:
  std::mutex m_mutex;
};

/// Holds a Mutex for its scope.
class SCOPED_CAPABILITY LockGuard {
 public:
  explicit LockGuard(Mutex& mutex) ACQUIRE(mutex) : m_mutex(mutex) { m_mutex.lock(); }
  ~LockGuard() RELEASE() { m_mutex.unlock(); }
  LockGuard(const LockGuard&) = delete;
  LockGuard& operator=(const LockGuard&) = delete;

 private:
  Mutex& m_mutex;
};

}  // namespace stacks::util
