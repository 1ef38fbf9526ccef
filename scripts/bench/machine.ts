/** The machine a benchmark ran on: CPU, cores, RAM, OS and Node. */
import { cpus, release, totalmem, type as osType } from 'node:os';

export function machine(): { cpu: string; cores: number; ramGB: number; os: string; node: string } {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGB: totalmem() / 1e9,
    os: `${osType()} ${release()}`,
    node: process.version,
  };
}
