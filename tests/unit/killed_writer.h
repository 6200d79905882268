// The kill -9 test shared by the database modules: a child process writes in a loop, reporting each commit, and is
// killed with SIGKILL at an arbitrary moment after a few commits; the test then reopens the database and checks it.
#pragma once

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <functional>
#include <thread>

namespace stacks::testing {

/// Forks a child that runs `write_forever(report_commit)`: it must loop writing, call report_commit() after each
/// committed write, and never return (on any failure it calls _exit with a non-zero code). The parent waits until
/// `commits` have been reported, waits `delay` more, kills the child with SIGKILL and reaps it.
/// Succeeds iff the child reported `commits` commits and died of the signal (not of its own failure).
inline ::testing::AssertionResult KillWriterAfterCommits(
    const std::function<void(const std::function<void()>& report_commit)>& write_forever, size_t commits,
    std::chrono::milliseconds delay) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return ::testing::AssertionFailure() << "pipe failed";
  const pid_t child = fork();
  if (child == -1) return ::testing::AssertionFailure() << "fork failed";
  if (child == 0) {
    // Child: no gtest assertions, no return to the test runner.
    close(pipe_fds[0]);
    write_forever([fd = pipe_fds[1]] {
      const char one = 1;
      if (write(fd, &one, 1) != 1) _exit(4);
    });
    _exit(5);
  }
  close(pipe_fds[1]);
  size_t got = 0;
  char byte;
  while (got < commits && read(pipe_fds[0], &byte, 1) == 1) ++got;
  std::this_thread::sleep_for(delay);
  kill(child, SIGKILL);
  int status = 0;
  const bool reaped = waitpid(child, &status, 0) == child;
  close(pipe_fds[0]);
  if (!reaped) return ::testing::AssertionFailure() << "waitpid failed";
  if (!WIFSIGNALED(status)) return ::testing::AssertionFailure() << "writer exited with " << WEXITSTATUS(status);
  if (got != commits) return ::testing::AssertionFailure() << "writer reported " << got << " commits of " << commits;
  return ::testing::AssertionSuccess();
}

}  // namespace stacks::testing
