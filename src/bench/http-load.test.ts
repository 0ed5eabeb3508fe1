import { describe, expect, it } from 'vitest';
import { parseWrk } from './http-load.js';

const report = (p50: string, p99: string) => `Running 5s test @ http://127.0.0.1:40123/events?limit=50
  1 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    20.10ms   10.20ms 300.00ms   90.00%
    Req/Sec   409.12     50.00   500.00     70.00%
  Latency Distribution
     50%   ${p50}
     75%   25.00ms
     90%   30.00ms
     99%   ${p99}
  2035 requests in 5.00s, 70.00MB read
Requests/sec:    407.38
Transfer/sec:     14.00MB
`;

describe('parseWrk', () => {
  it('reads the median, the 99th percentile and the request rate in milliseconds', () => {
    expect(parseWrk(report('17.80ms', '59.13ms'))).toEqual({ p50: 17.8, p99: 59.1, rps: 407 });
  });

  it('converts microseconds and seconds', () => {
    expect(parseWrk(report('850.00us', '1.06s'))).toMatchObject({ p50: 0.9, p99: 1060 });
  });

  it('refuses output without a latency distribution', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused\n')).toThrow(/no 50% latency/);
  });
});
