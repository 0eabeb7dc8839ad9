-- Paces each wrk connection so that all of them together send RATE requests a second.
-- wrk reports the latency of each request from when it is sent, so queueing behind a slow
-- answer (coordinated omission) is not counted: the p99 figures are a lower bound.
local rate = tonumber(os.getenv("RATE") or "1000")
local connections = tonumber(os.getenv("CONNECTIONS") or "10")

function delay()
  return connections * 1000 / rate
end
