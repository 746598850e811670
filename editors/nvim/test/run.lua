-- Headless test of the plugin against a real `pvm lsp`:
--
--   PVM=target/release/pvm nvim --headless -u NONE -i NONE -n -c "luafile editors/nvim/test/run.lua"
--
-- It loads the plugin from this checkout, opens a Python file in a temp
-- directory and drives it as a user would: :PvmRun at once (the command
-- waits for the starting server; streamed stdout and stderr, the end
-- line, the final pvm/gcStats and gc_status()), :PvmBytecode, :PvmRunCell
-- twice (the second cell sees a name the first defined), :PvmRestart
-- (then it does not), the code lenses and running one, an unsaved edit,
-- an endless loop (gcStats while it runs, a second run refused,
-- :PvmInterrupt from the output window), a client started elsewhere with
-- setup{ autostart = false }, and :checkhealth pvm. Prints `ok <check>`
-- lines and `DONE`; on a failure prints `FAIL <why>` with the output
-- buffer and exits non-zero. Every wait is on a condition with its own
-- limit, and a watchdog ends everything after PVM_TEST_TIMEOUT_MS.

local function say(text)
  io.stdout:write(text .. "\n")
  io.stdout:flush()
end

local function fail(why)
  say("FAIL " .. why)
  local ok, pvm_output = pcall(require, "pvm.output")
  if ok then
    say("--- pvm://output ---")
    for _, line in ipairs(pvm_output.lines()) do
      say(line)
    end
    say("--- end ---")
  end
  vim.cmd("cquit! 1")
end

-- Any error in the script is a failure, not a hang at a prompt.
local function check(ok, why)
  if not ok then
    error({ failed = why }, 0)
  end
end

local total_ms = tonumber(os.getenv("PVM_TEST_TIMEOUT_MS") or "") or 90000
local watchdog = vim.loop.new_timer()
watchdog:start(total_ms, 0, function()
  -- A libuv callback may not call the editor; exit the process directly.
  io.stdout:write("FAIL the whole test took more than " .. total_ms .. " ms\n")
  io.stdout:flush()
  os.exit(3)
end)

local function wait_for(what, ms, condition)
  check(vim.wait(ms, condition, 20), "timed out waiting for " .. what)
end

local function main()
  local script = debug.getinfo(1, "S").source:sub(2)
  local plugin = vim.fn.fnamemodify(script, ":p:h:h")
  vim.opt.runtimepath:prepend(plugin)
  vim.cmd("filetype on")

  local pvm_bin = os.getenv("PVM") or "pvm"
  check(vim.fn.executable(pvm_bin) == 1, "no pvm binary at " .. pvm_bin .. " (set PVM)")

  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, "p")
  -- A project root marker, so the root is the temp directory.
  vim.fn.writefile({ "[project]", 'name = "t"' }, dir .. "/pyproject.toml")
  local prog = dir .. "/prog.py"
  vim.fn.writefile({
    "# %%",
    "import gc, sys",
    "class Node:",
    "    def __init__(self):",
    "        self.me = self",
    "for i in range(3000):",
    "    Node()",
    "gc.collect()",
    "secret = 21",
    'print("hello from pvm")',
    'print("to stderr", file=sys.stderr)',
    'print("no newline", end="")',
    "# %%",
    'print("secret doubled:", secret * 2)',
  }, prog)
  local loop = dir .. "/loop.py"
  vim.fn.writefile({
    'print("looping", flush=True)',
    "n = 0",
    "while True:",
    "    n += 1",
    "    box = []",
    "    box.append(box)",
  }, loop)

  local pvm = require("pvm")
  -- A patient start: CI machines are shared.
  pvm.setup({ cmd = { pvm_bin, "lsp" }, output = "split", start_timeout_ms = 30000 })

  vim.cmd("edit " .. vim.fn.fnameescape(prog))
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo[buf].filetype == "python", "filetype is " .. vim.bo[buf].filetype)
  local lsp = require("pvm.lsp")
  local output = require("pvm.output")
  local function text()
    return table.concat(output.lines(), "\n")
  end
  local function run_and_wait(what, command)
    pvm.last_result = nil
    vim.cmd(command)
    wait_for(what .. " to finish", 30000, function()
      return pvm.last_result ~= nil
    end)
    check(not pvm.last_result.error, what .. ": " .. vim.inspect(pvm.last_result.error))
    return pvm.last_result
  end

  -- :PvmRun at once, as a user would: the command waits for the server
  -- that is still starting. It streams stdout and stderr, then the end line.
  local result = run_and_wait(":PvmRun", "PvmRun")
  local client = lsp.client(buf, "pvm")
  check(client ~= nil and client.initialized, "no initialised client")
  check(vim.loop.fs_realpath(client.config.root_dir) == vim.loop.fs_realpath(dir),
    "root_dir " .. tostring(client.config.root_dir))
  say("ok client started")
  check(result.status == "ok" and result.exitCode == 0, ":PvmRun result " .. vim.inspect(result))
  local out = text()
  check(out:find("▶ run ", 1, true), "no start line")
  check(out:find("\nhello from pvm\nto stderr\nno newlinesecret doubled: 42\n■ ok", 1, true), "streamed output missing")
  check(out:find("\n■ ok · exit 0 · ", 1, true), "no end line")
  check(output.window() ~= nil, "the output split did not open")
  check(vim.api.nvim_get_current_buf() == buf, "focus left the Python buffer")
  say("ok :PvmRun output")

  -- The final pvm/gcStats of that run (after its last output).
  wait_for("the final gcStats", 5000, function()
    local stats = pvm.gc_stats(buf)
    return stats ~= nil and stats.final == true and stats.runId == result.runId
  end)
  local stats = pvm.gc_stats(buf)
  check(stats.generations[1].collections >= 1, "no collection counted: " .. vim.inspect(stats.generations))
  local line = pvm.gc_status(buf)
  check(line:match("^GC %d+/%d+/%d+ · [%d.]+[kM]? objs · [%d.]+ [KMG]?B$") ~= nil, "gc_status() = " .. line)
  say("ok gcStats " .. line)

  -- :PvmBytecode opens the dis text (and moves there, to read it).
  local source_win = vim.api.nvim_get_current_win()
  vim.cmd("PvmBytecode")
  wait_for(":PvmBytecode", 10000, function()
    local b = vim.fn.bufnr("^pvm://bytecode$")
    return b > 0 and vim.api.nvim_buf_line_count(b) > 3
  end)
  local bytecode = vim.fn.bufnr("^pvm://bytecode$")
  local dis = table.concat(vim.api.nvim_buf_get_lines(bytecode, 0, -1, false), "\n")
  check(vim.bo[bytecode].filetype == "text", "bytecode filetype " .. vim.bo[bytecode].filetype)
  check(dis:find("LOAD_BUILD_CLASS", 1, true) and dis:find("STORE_NAME", 1, true), "no dis text:\n" .. dis)
  say("ok :PvmBytecode")
  check(vim.api.nvim_get_current_buf() == bytecode, "the bytecode window is not current")
  vim.api.nvim_set_current_win(source_win)

  -- With a range, one line's: line 9 is `secret = 21`.
  vim.cmd("9PvmBytecode")
  wait_for(":9PvmBytecode", 10000, function()
    local first = vim.api.nvim_buf_get_lines(bytecode, 0, 1, false)[1] or ""
    return first:find(", line 9$") ~= nil
  end)
  dis = table.concat(vim.api.nvim_buf_get_lines(bytecode, 0, -1, false), "\n")
  check(dis:find("line 9", 1, true) and dis:find("(21)", 1, true) and dis:find("(secret)", 1, true)
    and not dis:find("LOAD_BUILD_CLASS", 1, true), "line 9's dis text:\n" .. dis)
  say("ok :9PvmBytecode")
  vim.cmd("close")
  vim.api.nvim_set_current_win(source_win)

  -- Cells share a session: the second sees `secret`.
  vim.api.nvim_win_set_cursor(0, { 3, 0 })
  result = run_and_wait(":PvmRunCell (first)", "PvmRunCell")
  check(result.status == "ok", "first cell " .. vim.inspect(result))
  vim.api.nvim_win_set_cursor(0, { 14, 0 })
  result = run_and_wait(":PvmRunCell (second)", "PvmRunCell")
  check(result.status == "ok", "second cell " .. vim.inspect(result))
  local lines = output.lines()
  check(lines[#lines - 1] == "secret doubled: 42", "second cell printed " .. vim.inspect(lines[#lines - 1]))
  check(lines[#lines - 2]:find("▶ cell .*prog.py:14$") ~= nil, "cell start line " .. vim.inspect(lines[#lines - 2]))
  say("ok :PvmRunCell shares the session")

  -- After :PvmRestart the name is gone.
  local restarted = false
  pvm.restart(buf, function(err)
    check(not err, "restart failed")
    restarted = true
  end)
  wait_for(":PvmRestart", 10000, function()
    return restarted
  end)
  result = run_and_wait(":PvmRunCell (after restart)", "PvmRunCell")
  check(result.status == "error", "after restart " .. vim.inspect(result))
  check(text():find("NameError: name 'secret' is not defined", 1, true), "no NameError")
  say("ok :PvmRestart")

  -- Enter on the traceback's entry in the output opens the file there.
  local entry
  for row, l in ipairs(output.lines()) do
    if l:find('File "', 1, true) and l:find("prog.py", 1, true) then
      entry = row
    end
  end
  check(entry ~= nil, "no traceback entry in the output")
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  vim.api.nvim_set_current_win(output.window())
  vim.api.nvim_win_set_cursor(0, { entry + 1, 0 })
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes("<CR>", true, false, true), "x", false)
  check(vim.api.nvim_get_current_buf() == buf, "Enter did not open prog.py: " .. vim.api.nvim_buf_get_name(0))
  check(vim.api.nvim_win_get_cursor(0)[1] == 14, "Enter went to line " .. vim.api.nvim_win_get_cursor(0)[1])
  say("ok Enter on a traceback entry")

  -- Code lenses from the server ("▶ Run cell" on each # %% line).
  wait_for("code lenses", 10000, function()
    local lenses = vim.lsp.codelens.get(buf)
    return #lenses >= 2
  end)
  local titles = {}
  for _, lens in ipairs(vim.lsp.codelens.get(buf)) do
    titles[#titles + 1] = lens.command and lens.command.title or "?"
  end
  say("ok code lenses: " .. table.concat(titles, ", "))

  -- A lens runs through the plugin's client-side command, so its output
  -- gets the same start and end lines.
  vim.api.nvim_win_set_cursor(0, { 1, 0 })
  pvm.last_result = nil
  vim.lsp.codelens.run()
  wait_for("the lens's run", 30000, function()
    return pvm.last_result ~= nil
  end)
  check(pvm.last_result.status == "ok", "lens run " .. vim.inspect(pvm.last_result))
  check(text():find("▶ cell [^\n]*prog.py:1\nhello from pvm", 1) ~= nil, "the lens did not run the first cell")
  say("ok code lens runs a cell")

  -- The server runs the buffer's text, saved or not.
  vim.api.nvim_buf_set_lines(buf, 13, 14, false, { 'print("edited", 6 * 7)' })
  vim.api.nvim_win_set_cursor(0, { 14, 0 })
  result = run_and_wait(":PvmRunCell (edited)", "PvmRunCell")
  check(result.status == "ok", "edited cell " .. vim.inspect(result))
  lines = output.lines()
  check(lines[#lines - 1] == "edited 42", "the edit did not reach the server: " .. vim.inspect(lines[#lines - 1]))
  check(vim.bo[buf].modified, "the buffer was saved")
  say("ok unsaved edits run")

  -- :PvmInterrupt stops an endless loop.
  vim.cmd("edit " .. vim.fn.fnameescape(loop))
  local loop_buf = vim.api.nvim_get_current_buf()
  wait_for("the client on loop.py", 10000, function()
    return lsp.client(loop_buf, "pvm") ~= nil
  end)
  check(lsp.client(loop_buf, "pvm").id == client.id, "a second client for the same root")
  pvm.last_result = nil
  vim.cmd("PvmRun")
  wait_for("the loop to start", 10000, function()
    return text():find("\nlooping", 1, true) ~= nil
  end)
  -- Statistics arrive while it runs (its cycles make the collector run).
  wait_for("gcStats during the run", 10000, function()
    local running_stats = pvm.gc_stats(loop_buf)
    return running_stats ~= nil and running_stats.uri == vim.uri_from_bufnr(loop_buf) and not running_stats.final
  end)
  local running_line = pvm.gc_status(loop_buf)
  check(running_line:find(" …$") ~= nil, "gc_status() during a run = " .. running_line)
  say("ok gcStats during a run " .. running_line)

  -- The server refuses a second run meanwhile; the first stays the
  -- running one.
  local refused
  pvm.run_file(buf, function(err)
    refused = err or "not refused"
  end)
  wait_for("the refusal", 10000, function()
    return refused ~= nil
  end)
  check(type(refused) == "table" and tostring(refused.message):find("already running", 1, true),
    "a second run: " .. vim.inspect(refused))
  check(pvm.running and pvm.running.uri == vim.uri_from_bufnr(loop_buf), "the loop is no longer the running run")
  pvm.last_result = nil
  -- From the output window, where a user watching the loop would be.
  vim.api.nvim_set_current_win(output.window())
  vim.cmd("PvmInterrupt")
  vim.cmd("wincmd p")
  wait_for("the interrupted run", 10000, function()
    return pvm.last_result ~= nil
  end)
  check(pvm.last_result.status == "interrupted", "loop " .. vim.inspect(pvm.last_result))
  check(text():find("KeyboardInterrupt", 1, true), "no KeyboardInterrupt traceback")
  say("ok :PvmInterrupt")

  -- A client started elsewhere (as nvim-lspconfig would) with the
  -- plugin's handlers: setup({ autostart = false }) starts nothing, and
  -- the commands use that client.
  pvm.setup({ cmd = { pvm_bin, "lsp" }, autostart = false, start_timeout_ms = 30000 })
  local other_dir = dir .. "/other"
  vim.fn.mkdir(other_dir, "p")
  vim.fn.writefile({ "[project]" }, other_dir .. "/pyproject.toml")
  vim.fn.writefile({ 'print("started elsewhere")' }, other_dir .. "/elsewhere.py")
  vim.cmd("edit " .. vim.fn.fnameescape(other_dir .. "/elsewhere.py"))
  local other_buf = vim.api.nvim_get_current_buf()
  check(lsp.client(other_buf, "pvm") == nil, "autostart = false started a client")
  local config = {
    name = "pvm",
    cmd = { pvm_bin, "lsp" },
    root_dir = other_dir,
    handlers = pvm.handlers(),
    commands = pvm.client_commands(),
    on_attach = pvm.on_attach,
  }
  local other_id
  if vim.lsp.start then
    other_id = vim.lsp.start(config, { bufnr = other_buf })
  else
    other_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(other_buf, other_id)
  end
  check(other_id ~= nil and other_id ~= client.id, "no separate client for the other root")
  result = run_and_wait(":PvmRun (client started elsewhere)", "PvmRun")
  check(result.status == "ok", "elsewhere " .. vim.inspect(result))
  lines = output.lines()
  check(lines[#lines - 1] == "started elsewhere", "elsewhere printed " .. vim.inspect(lines[#lines - 1]))
  say("ok a client started elsewhere")

  -- :checkhealth pvm finds the server and the client.
  vim.cmd("checkhealth pvm")
  local health = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), "\n")
  check(health:find("server command: ", 1, true) and health:find("client " .. client.id, 1, true), "checkhealth:\n" .. health)
  check(not health:find("ERROR", 1, true), "checkhealth reports an error:\n" .. health)
  say("ok checkhealth")

  vim.fn.delete(dir, "rf")
  say("DONE")
end

local ok, err = xpcall(main, function(e)
  if type(e) == "table" and e.failed then
    return e.failed
  end
  return debug.traceback(tostring(e), 2)
end)
watchdog:stop()
watchdog:close()
if not ok then
  fail(err)
else
  for _, c in ipairs((vim.lsp.get_clients or vim.lsp.get_active_clients)()) do
    vim.lsp.stop_client(c.id)
  end
  vim.cmd("qall!")
end
