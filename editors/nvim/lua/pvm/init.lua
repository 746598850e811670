-- PVM for Neovim: starts `pvm lsp` (docs/lsp.md) for Python buffers with
-- the built-in LSP client and adds commands for what the server does
-- beyond standard LSP: running files and `# %%` cells, interrupting,
-- restarting a cell session, the bytecode of a file, GC statistics.
--
--   require("pvm").setup({})
--
-- The server owns every decision (what a cell is, what runs, the result);
-- this side only sends commands and shows what comes back.

local lsp = require("pvm.lsp")
local output = require("pvm.output")
local status = require("pvm.status")

local M = {}

M.defaults = {
  -- The server command.
  cmd = { "pvm", "lsp" },
  -- The client's name: the commands look for a client of this name, so one
  -- started by nvim-lspconfig under the same name works too.
  name = "pvm",
  filetypes = { "python" },
  -- A project root is the nearest directory above the file holding one
  -- of these; else the file's own directory. One client per root.
  root_markers = { "pyproject.toml", "setup.py", "setup.cfg", "requirements.txt", ".git" },
  -- Start the server for buffers of `filetypes` (false: only the
  -- commands and handlers, for a client started elsewhere).
  autostart = true,
  -- Server settings sent as initializationOptions (docs/lsp.md,
  -- "Settings"): maxDiagnostics, runTimeoutMs, maxOutputBytes.
  settings = {},
  -- Keep `pvm/gcStats` for require("pvm").gc_status().
  gc_stats = true,
  -- Where run output opens: "split", "vsplit", "tab" or "none" (the
  -- buffer still fills; :PvmOutput shows it).
  output = "split",
  output_height = 12,
  output_width = 80,
  -- Empty the output buffer when a run starts.
  clear_output = false,
  -- Show the server's code lenses ("▶ Run cell", "Show bytecode").
  codelens = true,
  -- How long a command waits for a server that is still starting.
  start_timeout_ms = 10000,
  -- Passed through to the client.
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(M.defaults)

-- The run in progress, started from this editor: { uri, title,
-- client_id }. Requests still unanswered are kept in order, so that a run
-- the server refuses (one is already running) leaves the running one here.
M.running = nil
local pending = {}

-- The last RunResult (or { error = ... }), for scripts and tests.
M.last_result = nil

local function notify(message, level)
  vim.notify("pvm: " .. message, level or vim.log.levels.INFO)
end

-- Redraws the statuslines and tells `User PvmGcStats` autocommands,
-- deferred so the handler stays cheap and nothing redraws mid-callback.
local function announce_stats()
  vim.schedule(function()
    vim.cmd("redrawstatus!")
    vim.api.nvim_exec_autocmds("User", { pattern = "PvmGcStats", modeline = false })
  end)
end

--- The handlers for PVM's notifications, for the `handlers` of a client
--- config (nvim-lspconfig included).
function M.handlers()
  return {
    ["pvm/output"] = function(_, params)
      if type(params) == "table" and type(params.text) == "string" then
        output.append(params.text, params.stream)
      end
    end,
    ["pvm/gcStats"] = function(_, params)
      if M.config.gc_stats and type(params) == "table" then
        status.update(params)
        announce_stats()
      end
    end,
  }
end

-- The title of a run's first line: the file's name relative to the
-- working directory.
local function describe(bufnr, what)
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":~:.")
  return what .. " " .. name
end

-- Runs the server command `command` with `arguments` for `bufnr`,
-- streaming into the output buffer; `done(err, result)` afterwards.
local function run(bufnr, command, arguments, title, done)
  local client = M.client(bufnr)
  if not client then
    return
  end
  local uri = vim.uri_from_bufnr(bufnr)
  local this = { uri = uri, title = title, client_id = client.id }
  pending[#pending + 1] = this
  M.running = M.running or this
  output.begin(title)
  lsp.request(client, "workspace/executeCommand", { command = command, arguments = arguments }, function(err, result)
    for i, other in ipairs(pending) do
      if other == this then
        table.remove(pending, i)
        break
      end
    end
    if M.running == this then
      M.running = pending[1]
    end
    M.last_result = err and { error = err } or result
    output.finish(err, result)
    if err then
      notify(tostring(err.message or err), vim.log.levels.ERROR)
    elseif type(result) == "table" and result.status == "compileError" then
      notify("the code does not compile (see the diagnostics)", vim.log.levels.WARN)
    end
    if done then
      done(err, result)
    end
  end, bufnr)
end

--- The initialised `pvm` client attached to `bufnr` (default: current),
--- or nil after an error message.
function M.client(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = lsp.client(bufnr, M.config.name)
  if not client then
    notify("no " .. M.config.name .. " language server is attached to this buffer", vim.log.levels.ERROR)
    return nil
  end
  if not lsp.wait_initialized(client, M.config.start_timeout_ms) then
    notify("the language server did not start", vim.log.levels.ERROR)
    return nil
  end
  return client
end

--- :PvmRun: runs the buffer's current text (pvm.runFile).
function M.run_file(bufnr, done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local uri = vim.uri_from_bufnr(bufnr)
  run(bufnr, "pvm.runFile", { uri }, describe(bufnr, "run"), done)
end

--- :PvmRunCell: runs the `# %%` cell holding 0-based `line` (default: the
--- cursor's) in the document's session (pvm.runCell).
function M.run_cell(bufnr, line, done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if line == nil then
    line = vim.api.nvim_win_get_cursor(0)[1] - 1
  end
  local uri = vim.uri_from_bufnr(bufnr)
  run(bufnr, "pvm.runCell", { uri, line }, describe(bufnr, "cell") .. ":" .. (line + 1), done)
end

--- :PvmInterrupt: a KeyboardInterrupt in the running program. From a
--- buffer without the server (the output window, say) it goes to the
--- client of the run this editor started.
function M.interrupt(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = lsp.client(bufnr, M.config.name) and M.client(bufnr)
  local uri = vim.uri_from_bufnr(bufnr)
  if not client and M.running then
    client = vim.lsp.get_client_by_id(M.running.client_id)
    uri = M.running.uri
  end
  client = client or M.client(bufnr)
  if not client then
    return
  end
  lsp.request(client, "workspace/executeCommand", { command = "pvm.interrupt", arguments = { uri } }, function(err, result)
    if err then
      notify(tostring(err.message or err), vim.log.levels.ERROR)
    elseif result ~= true then
      notify("nothing is running")
    end
  end)
end

--- :PvmRestart: the next cell of the buffer starts on a fresh VM.
function M.restart(bufnr, done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client(bufnr)
  if not client then
    return
  end
  local uri = vim.uri_from_bufnr(bufnr)
  lsp.request(client, "workspace/executeCommand", { command = "pvm.restartSession", arguments = { uri } }, function(err)
    if err then
      notify(tostring(err.message or err), vim.log.levels.ERROR)
    else
      output.line("↺ session restarted: " .. vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":~:."), "PvmOutputHeader")
      notify("session restarted")
    end
    if done then
      done(err)
    end
  end, bufnr)
end

-- The scratch buffer for bytecode, one for all files.
local bytecode_name = "pvm://bytecode"

local function show_text(name, lines)
  local buf = vim.fn.bufnr("^" .. name .. "$")
  if buf <= 0 then
    buf = vim.api.nvim_create_buf(false, true)
    vim.api.nvim_buf_set_name(buf, name)
    vim.bo[buf].buftype = "nofile"
    vim.bo[buf].bufhidden = "hide"
    vim.bo[buf].swapfile = false
  end
  vim.api.nvim_buf_set_keymap(buf, "n", "q", "<cmd>close<cr>", { noremap = true, silent = true, nowait = true })
  vim.bo[buf].modifiable = true
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
  vim.bo[buf].modifiable = false
  vim.bo[buf].filetype = "text"
  local win = vim.fn.bufwinid(buf)
  if win <= 0 then
    vim.cmd("belowright split")
    win = vim.api.nvim_get_current_win()
    vim.api.nvim_win_set_buf(win, buf)
  else
    vim.api.nvim_set_current_win(win)
  end
  vim.api.nvim_win_set_cursor(win, { 1, 0 })
  return buf
end

--- :PvmBytecode: the dis text of the whole buffer, or of 0-based `line`
--- (what hover shows), in a scratch split (pvm.showBytecode).
function M.bytecode(bufnr, line, done)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local client = M.client(bufnr)
  if not client then
    return
  end
  local arguments = { vim.uri_from_bufnr(bufnr) }
  if line ~= nil then
    arguments[2] = line
  end
  local name = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(bufnr), ":~:.")
  lsp.request(client, "workspace/executeCommand", { command = "pvm.showBytecode", arguments = arguments }, function(err, result)
    if err then
      notify(tostring(err.message or err), vim.log.levels.ERROR)
    elseif type(result) ~= "string" then
      notify(line and "no bytecode on this line" or "the code does not compile (see the diagnostics)", vim.log.levels.WARN)
    else
      local header = line and string.format("# bytecode of %s, line %d", name, line + 1) or "# bytecode of " .. name
      local lines = vim.split((result:gsub("\n$", "")), "\n", { plain = true })
      table.insert(lines, 1, header)
      table.insert(lines, 2, "")
      show_text(bytecode_name, lines)
    end
    if done then
      done(err, result)
    end
  end, bufnr)
end

--- The GC statistics of the current buffer's last run (else of the newest
--- run) as one line for the statusline, "" before the first run:
--- "GC 3/1/0 · 12k objs · 4.2 MB".
function M.gc_status(bufnr)
  if not M.config.gc_stats then
    return ""
  end
  return status.format(status.get(bufnr))
end

--- The last `pvm/gcStats` of `bufnr`'s document (else the newest), a table
--- as docs/lsp.md shows it, or nil.
function M.gc_stats(bufnr)
  return status.get(bufnr)
end

--- Client-side handling of the server's code-lens commands, so that a lens
--- runs through the same output buffer as :PvmRunCell.
function M.client_commands()
  local function args(command)
    local a = command.arguments or {}
    if type(a[1]) == "table" then
      return a[1].uri, a[1].line
    end
    return a[1], a[2]
  end
  return {
    ["pvm.runCell"] = function(command, ctx)
      local uri, line = args(command)
      M.run_cell(uri and vim.uri_to_bufnr(uri) or ctx.bufnr, line)
    end,
    ["pvm.runFile"] = function(command, ctx)
      local uri = args(command)
      M.run_file(uri and vim.uri_to_bufnr(uri) or ctx.bufnr)
    end,
    ["pvm.showBytecode"] = function(command, ctx)
      local uri, line = args(command)
      M.bytecode(uri and vim.uri_to_bufnr(uri) or ctx.bufnr, line)
    end,
  }
end

-- Keeps the code lenses of `bufnr` fresh while it is edited.
local function enable_codelens(bufnr, group)
  local codelens = vim.lsp.codelens
  -- Newer Neovims keep lenses fresh themselves once enabled.
  if vim.fn.has("nvim-0.12") == 1 and codelens.enable and pcall(codelens.enable, true, { bufnr = bufnr }) then
    return
  end
  local function refresh()
    -- 0.7's refresh() works on the current buffer only.
    if vim.api.nvim_get_current_buf() == bufnr then
      pcall(codelens.refresh, { bufnr = bufnr })
    end
  end
  vim.api.nvim_create_autocmd({ "BufEnter", "InsertLeave", "TextChanged", "BufWritePost" }, {
    group = group,
    buffer = bufnr,
    callback = refresh,
  })
  refresh()
end

--- What the plugin does when the server attaches to a buffer (the code
--- lenses, per the `codelens` option): for the `on_attach` of a client
--- configured elsewhere.
function M.on_attach(_, bufnr)
  if M.config.codelens then
    enable_codelens(bufnr, vim.api.nvim_create_augroup("pvm_buffer_" .. bufnr, { clear = true }))
  end
end

--- The client configuration for `bufnr`: also what nvim-lspconfig users
--- can merge into theirs (handlers, commands).
function M.client_config(bufnr)
  local cfg = M.config
  local path = vim.api.nvim_buf_get_name(bufnr)
  local settings = next(cfg.settings or {}) and cfg.settings or vim.empty_dict()
  return {
    name = cfg.name,
    cmd = cfg.cmd,
    root_dir = lsp.root(path, cfg.root_markers),
    init_options = settings,
    settings = { pvm = settings },
    handlers = M.handlers(),
    commands = M.client_commands(),
    capabilities = cfg.capabilities,
    on_attach = function(client, attached)
      M.on_attach(client, attached)
      if cfg.on_attach then
        cfg.on_attach(client, attached)
      end
    end,
  }
end

--- Starts (or reuses) the server for `bufnr` (default: current) and
--- attaches it. Returns the client id.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  -- Only real files: the server needs a file URI (not a scratch buffer,
  -- nor a fugitive:// or scp:// one).
  local name = vim.api.nvim_buf_get_name(bufnr)
  if vim.bo[bufnr].buftype ~= "" or name == "" or name:match("^%a[%w+.-]*://") then
    return nil
  end
  local id = lsp.start(M.client_config(bufnr), bufnr)
  if not id then
    notify("cannot start " .. table.concat(M.config.cmd, " "), vim.log.levels.ERROR)
  end
  return id
end

local function create_commands()
  local command = vim.api.nvim_create_user_command
  command("PvmRun", function()
    M.run_file(vim.api.nvim_get_current_buf())
  end, { desc = "Run the current file in PVM" })
  command("PvmRunCell", function()
    M.run_cell(vim.api.nvim_get_current_buf())
  end, { desc = "Run the # %% cell at the cursor in the file's PVM session" })
  command("PvmInterrupt", function()
    M.interrupt(vim.api.nvim_get_current_buf())
  end, { desc = "Interrupt the running PVM program" })
  command("PvmRestart", function()
    M.restart(vim.api.nvim_get_current_buf())
  end, { desc = "Restart the file's PVM cell session" })
  command("PvmBytecode", function(opts)
    -- With a range (:.PvmBytecode), the bytecode of that line.
    local line = opts.range > 0 and opts.line1 - 1 or nil
    M.bytecode(vim.api.nvim_get_current_buf(), line)
  end, { range = true, desc = "Show the bytecode of the file (or of a line, with a range)" })
  command("PvmOutput", function()
    output.toggle()
  end, { desc = "Show or hide the PVM output" })
  command("PvmGcStats", function()
    vim.notify(table.concat(status.describe(status.get()), "\n"))
  end, { desc = "Show the last GC statistics" })
end

--- Sets the plugin up: options (see M.defaults), commands, and the
--- autocommand that starts the server for Python buffers.
function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), opts or {})
  -- Lists replace the defaults rather than merging index by index.
  for _, key in ipairs({ "cmd", "filetypes", "root_markers" }) do
    if opts and opts[key] then
      M.config[key] = opts[key]
    end
  end
  local output_mode = M.config.output
  if output_mode == false then
    output_mode = "none"
  end
  output.opts = {
    output = output_mode,
    height = M.config.output_height,
    width = M.config.output_width,
    clear = M.config.clear_output,
  }
  status.enabled = M.config.gc_stats and true or false
  create_commands()
  local group = vim.api.nvim_create_augroup("pvm", { clear = true })
  if M.config.autostart then
    vim.api.nvim_create_autocmd("FileType", {
      group = group,
      pattern = M.config.filetypes,
      callback = function(args)
        M.attach(args.buf)
      end,
    })
    -- Buffers opened before setup().
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then
        M.attach(buf)
      end
    end
  end
  return M
end

return M
