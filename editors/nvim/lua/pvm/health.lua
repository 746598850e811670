-- :checkhealth pvm: is the server there, does it start, is Neovim new enough.

local M = {}

-- vim.health's names changed in 0.10; 0.7 has them in require("health").
local function reporter()
  local h = vim.health or require("health")
  return {
    start = h.start or h.report_start,
    ok = h.ok or h.report_ok,
    warn = h.warn or h.report_warn,
    error = h.error or h.report_error,
    info = h.info or h.report_info,
  }
end

function M.check()
  local report = reporter()
  local pvm = require("pvm")
  report.start("pvm")
  if vim.fn.has("nvim-0.7") == 1 then
    report.ok("Neovim " .. tostring(vim.version().major) .. "." .. tostring(vim.version().minor))
  else
    report.error("Neovim 0.7 or later is needed")
  end
  local cmd = pvm.config.cmd or {}
  local exe = cmd[1]
  if not exe or vim.fn.executable(exe) ~= 1 then
    report.error("cannot run " .. tostring(exe) .. " (the `cmd` option): put pvm on PATH or give its path")
    return
  end
  report.ok("server command: " .. table.concat(cmd, " ") .. " (" .. vim.fn.exepath(exe) .. ")")
  local version = vim.fn.system({ exe, "--version" })
  if vim.v.shell_error == 0 then
    report.info((version:gsub("%s+$", "")))
  end
  local clients = require("pvm.lsp").clients(pvm.config.name)
  if #clients == 0 then
    report.info("no " .. pvm.config.name .. " client is running (open a Python file)")
  end
  for _, client in ipairs(clients) do
    report.ok(string.format("client %d, root %s%s", client.id, tostring(client.config.root_dir),
      client.initialized and "" or " (starting)"))
  end
end

return M
