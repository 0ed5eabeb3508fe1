import os from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGB: number;
  node: string;
  platform: string;
  date: string;
}

export function describeMachine(): Machine {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    ramGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    date: new Date().toISOString().slice(0, 10),
  };
}

/** Peak resident set size of this process so far (all threads), in MB. */
export function peakRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
