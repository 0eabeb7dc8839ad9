-- Sends the self-referral form, as a browser on the portal's own page would: a valid token,
-- the portal's Origin, a complete set of answers. Every request opens one intake case.
-- The posts come from as many addresses as there are connections, as people behind a proxy
-- would (the portal runs with WAYMARK_TRUST_PROXY=true for this), so the rate limit counts as
-- many clients as there are connections, as the database's own measure does.
local file = io.open(os.getenv("BODY_FILE"), "r")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("ORIGIN")

-- setup and done run in wrk's main state, request and response in each thread's own.
local threads = {}
function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

other = 0
local sent = 0
per_thread = tonumber(os.getenv("ADDRESSES_PER_THREAD") or "16")
function request()
  sent = sent + 1
  wrk.headers["X-Forwarded-For"] = string.format("198.51.%d.%d", id, sent % per_thread + 1)
  return wrk.format()
end

-- With POST_RATE set, the connections together send that many posts a second (as fixed-rate.lua
-- paces the pages), for the latency of a steady load rather than of the most the portal takes.
local rate = tonumber(os.getenv("POST_RATE") or "")
if rate then
  local connections = tonumber(os.getenv("CONNECTIONS") or "10")
  function delay()
    return connections * 1000 / rate
  end
end

function response(status, headers, body)
  if status ~= 303 then
    other = other + 1
  end
end

function done(summary, latency, requests)
  local others = 0
  for _, thread in ipairs(threads) do
    others = others + thread:get("other")
  end
  io.write(string.format("non-303 answers: %d\n", others))
end
