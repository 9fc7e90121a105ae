import { runCli } from '@/lib/cli/main';

/** Runs one `ascent` command line in this process and collects what it wrote. */
export async function runAscent(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}
