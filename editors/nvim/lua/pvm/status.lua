-- The memory manager's statistics from `pvm/gcStats` notifications
-- (docs/lsp.md), kept per document for the statusline.

local M = {}

-- Statistics per document URI, and the URI of the newest update, so that a
-- window showing some other buffer (the output, say) still has a value.
M.by_uri = {}
M.latest_uri = nil

-- Whether updates are kept at all (the `gc_stats` option).
M.enabled = true

-- 12345 -> "12k": short enough for a statusline.
local function count(n)
  n = tonumber(n) or 0
  if n < 1000 then
    return tostring(math.floor(n))
  elseif n < 10000 then
    return string.format("%.1fk", n / 1000)
  elseif n < 1000000 then
    return string.format("%dk", math.floor(n / 1000 + 0.5))
  end
  return string.format("%.1fM", n / 1000000)
end

-- 4404019 -> "4.2 MB" (binary units, as the VM counts its heap).
local function size(bytes)
  bytes = tonumber(bytes) or 0
  local units = { "B", "KB", "MB", "GB", "TB" }
  local i = 1
  while bytes >= 1024 and i < #units do
    bytes = bytes / 1024
    i = i + 1
  end
  if i == 1 then
    return string.format("%d B", bytes)
  elseif bytes < 10 then
    return string.format("%.1f %s", bytes, units[i])
  end
  return string.format("%d %s", math.floor(bytes + 0.5), units[i])
end

M.count = count
M.size = size

--- Records one `pvm/gcStats` notification.
function M.update(stats)
  if not M.enabled or type(stats) ~= "table" or not stats.uri then
    return
  end
  M.by_uri[stats.uri] = stats
  M.latest_uri = stats.uri
end

--- The statistics for `bufnr` (default: the current buffer), or else the
--- newest of any document; nil before the first run.
function M.get(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr or 0)
  if name ~= "" then
    local stats = M.by_uri[vim.uri_from_fname(name)]
    if stats then
      return stats
    end
  end
  return M.latest_uri and M.by_uri[M.latest_uri] or nil
end

--- One line: "GC 3/1/0 · 12k objs · 4.2 MB" (collections per generation,
--- live objects, heap bytes); a trailing "…" while the run goes on.
function M.format(stats)
  if not stats then
    return ""
  end
  local gens = stats.generations or {}
  local collections = {}
  for i = 1, 3 do
    collections[i] = gens[i] and tonumber(gens[i].collections) or 0
  end
  local bytes = stats.heapBytes or stats.objectBytes
  local text = string.format(
    "GC %d/%d/%d · %s objs · %s",
    collections[1],
    collections[2],
    collections[3],
    count(stats.liveObjects),
    size(bytes)
  )
  if not stats.final then
    text = text .. " …"
  end
  return text
end

--- A longer report, one item per line, for :PvmGcStats.
function M.describe(stats)
  if not stats then
    return { "pvm: no GC statistics yet (run something first)" }
  end
  local lines = {
    string.format(
      "pvm GC statistics (run %s%s)",
      tostring(stats.runId),
      stats.final and ", final" or ", running"
    ),
  }
  for i, g in ipairs(stats.generations or {}) do
    lines[#lines + 1] = string.format(
      "  gen %d: %d collections, %d collected, %d uncollectable, count %d/%d, %d objects",
      i - 1,
      g.collections or 0,
      g.collected or 0,
      g.uncollectable or 0,
      g.count or 0,
      g.threshold or 0,
      g.objects or 0
    )
  end
  lines[#lines + 1] = string.format(
    "  live objects %d (tracked %d), object bytes %s, heap %s",
    stats.liveObjects or 0,
    stats.trackedObjects or 0,
    size(stats.objectBytes),
    size(stats.heapBytes)
  )
  lines[#lines + 1] = string.format(
    "  pauses: last %.2f ms, max %.2f ms, total %.2f ms; %s, %d frozen",
    stats.lastPauseMs or 0,
    stats.maxPauseMs or 0,
    stats.totalPauseMs or 0,
    stats.enabled == false and "disabled" or "enabled",
    stats.frozen or 0
  )
  if type(stats.liveByType) == "table" and #stats.liveByType > 0 then
    local parts = {}
    for i, pair in ipairs(stats.liveByType) do
      if i > 12 then
        break
      end
      parts[#parts + 1] = string.format("%s %d", tostring(pair[1]), pair[2] or 0)
    end
    lines[#lines + 1] = "  live by type: " .. table.concat(parts, ", ")
  end
  return lines
end

return M
