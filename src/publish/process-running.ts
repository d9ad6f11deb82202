/**
 * Whether a process with this pid is running. A build leaves its pid in the names of its
 * staging folders and in the checkout's lock; one killed outright (SIGKILL, power loss)
 * leaves them behind, and this tells them from a build still at work.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
