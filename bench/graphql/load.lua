-- wrk script: POSTs one read, GraphQL (JSON body) or SPARQL (form), cycling over the IRIs in BENCH_IDS.
-- BENCH_KIND=graphql|sparql, BENCH_TEMPLATE=query file ($ID is replaced for SPARQL, passed as $id for GraphQL),
-- BENCH_IDS=file of IRIs (one a line; "-" runs the query without an id), BENCH_NAME=label of the CSV line.
local kind = os.getenv("BENCH_KIND")
local name = os.getenv("BENCH_NAME")
local template = assert(io.open(os.getenv("BENCH_TEMPLATE"))):read("*a")
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do
  if line ~= "" then ids[#ids + 1] = line end
end

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    if c == '"' then return '\\"' elseif c == "\\" then return "\\\\" elseif c == "\n" then return "\\n" end
    return string.format("\\u%04x", string.byte(c))
  end) .. '"'
end

local function form_encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local requests = {}
local index = 0

function init(args)
  for i, id in ipairs(ids) do
    local body, headers
    if kind == "graphql" then
      local variables = id == "-" and "" or (',"variables":{"id":' .. json_string(id) .. '}')
      body = '{"query":' .. json_string(template) .. variables .. '}'
      headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/graphql-response+json" }
    else
      local text = template:gsub("%$ID", function() return id end)
      body = "query=" .. form_encode(text)
      headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Accept"] = "application/sparql-results+json" }
    end
    requests[i] = wrk.format("POST", nil, headers, body)
  end
end

function request()
  index = index % #requests + 1
  return requests[index]
end

function done(summary, latency, requests_)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("%s,%d,%.1f,%.2f,%.2f,%.2f,%d\n", name, summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
