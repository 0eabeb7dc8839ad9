-- Sends the self-referral form, as a browser on the portal's own page would: a valid token,
-- the portal's Origin, a complete set of answers. Every request opens one intake case.
local file = io.open(os.getenv("BODY_FILE"), "r")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Origin"] = os.getenv("ORIGIN")

local other = 0
function response(status, headers, body)
  if status ~= 303 then
    other = other + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("non-303 answers: %d\n", other))
end
