/**
 * HTTP latency under load for the store benchmark: wrk (Debian's `wrk` package) in a process of
 * its own when it is installed, so that the load generator does not take the server's CPU; else
 * a closed-loop generator in this process, which does, and says so.
 */
import { spawnSync } from 'node:child_process';

export interface LoadResult {
  p50: number;
  p99: number;
  rps: number;
  tool: 'wrk' | 'in-process';
}

export function hasWrk(): boolean {
  return spawnSync('wrk', ['--version'], { encoding: 'utf8' }).error === undefined;
}

/** wrk's "99%  12.34ms" in milliseconds. */
function wrkMs(output: string, percentile: string): number {
  const match = new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(output);
  if (!match) throw new Error(`wrk printed no ${percentile}% latency:\n${output}`);
  const value = Number(match[1]);
  const scale = match[2] === 'us' ? 0.001 : match[2] === 's' ? 1000 : 1;
  return Math.round(value * scale * 10) / 10;
}

export function parseWrk(output: string): Omit<LoadResult, 'tool'> {
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(output);
  return {
    p50: wrkMs(output, '50'),
    p99: wrkMs(output, '99'),
    rps: Math.round(Number(rps?.[1] ?? Number.NaN)),
  };
}

export async function measureLoad(url: string, seconds: number, clients: number): Promise<LoadResult> {
  if (hasWrk()) {
    // wrk blocks this thread while it runs; the server under test must be in another process or
    // be given room: the caller's server runs in this process, so wrk goes asynchronous.
    const { spawn } = await import('node:child_process');
    const output = await new Promise<string>((resolve, reject) => {
      const child = spawn('wrk', ['-t1', `-c${clients}`, `-d${seconds}s`, '--latency', url]);
      let text = '';
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}`))));
    });
    return { ...parseWrk(output), tool: 'wrk' };
  }
  return { ...(await inProcess(url, seconds, clients)), tool: 'in-process' };
}

async function inProcess(url: string, seconds: number, clients: number): Promise<Omit<LoadResult, 'tool'>> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const started = performance.now();
      await (await fetch(url)).arrayBuffer();
      latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((latencies[Math.floor(q * (latencies.length - 1))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p99: at(0.99), rps: Math.round(latencies.length / seconds) };
}
