-- The scratch buffer "pvm://output": what runs print, streamed from
-- `pvm/output` notifications as the chunks arrive, between a line that
-- says what started and a line with the result.

local M = {}

M.name = "pvm://output"

-- Set by setup(): where the window opens ("split", "vsplit", "tab" or
-- "none"), its size, and whether each run starts with an empty buffer.
M.opts = { output = "split", height = 12, width = 80, clear = false }

local ns = vim.api.nvim_create_namespace("pvm_output")

-- The buffer, and whether its last line is unfinished (a chunk that did
-- not end in a newline: the next chunk continues it) or still the empty
-- line of a new buffer (the first text replaces it).
local state = { buf = nil, open = false, empty = true }

local function define_highlights()
  -- `default` so that a colour scheme or the user can restyle them.
  vim.cmd([[
    highlight default link PvmOutputStderr ErrorMsg
    highlight default link PvmOutputHeader Title
    highlight default link PvmOutputOk Comment
    highlight default link PvmOutputFailed WarningMsg
  ]])
end

--- The output buffer, created on first use (again if the user wiped it).
function M.buffer()
  if state.buf and vim.api.nvim_buf_is_valid(state.buf) then
    return state.buf
  end
  define_highlights()
  -- A buffer of that name survives a reload of the plugin: reuse it.
  local existing = vim.fn.bufnr("^" .. M.name .. "$")
  local buf = existing > 0 and existing or vim.api.nvim_create_buf(false, true)
  if existing <= 0 then
    vim.api.nvim_buf_set_name(buf, M.name)
  end
  vim.bo[buf].buftype = "nofile"
  vim.bo[buf].bufhidden = "hide"
  vim.bo[buf].swapfile = false
  vim.bo[buf].buflisted = false
  vim.bo[buf].filetype = "pvmoutput"
  vim.bo[buf].modifiable = false
  -- `q` closes the window, as in help and quickfix windows; Enter on a
  -- traceback entry opens its file at its line.
  vim.api.nvim_buf_set_keymap(buf, "n", "q", "<cmd>close<cr>", { noremap = true, silent = true, nowait = true })
  vim.api.nvim_buf_set_keymap(buf, "n", "<CR>", "<cmd>lua require('pvm.output').jump()<cr>",
    { noremap = true, silent = true })
  state.buf = buf
  local count = vim.api.nvim_buf_line_count(buf)
  local first = vim.api.nvim_buf_get_lines(buf, 0, 1, false)[1] or ""
  state.empty = count == 1 and first == ""
  state.open = false
  return buf
end

--- The window showing the output in the current tab page, if any.
function M.window()
  if not (state.buf and vim.api.nvim_buf_is_valid(state.buf)) then
    return nil
  end
  local win = vim.fn.bufwinid(state.buf)
  return win > 0 and win or nil
end

--- Shows the output buffer (per the `output` option, or `how`) without
--- leaving the current window. Returns the window, or nil for "none".
function M.show(how)
  how = how or M.opts.output
  local buf = M.buffer()
  local win = M.window()
  if win or how == "none" or how == false then
    return win
  end
  if how == "tab" then
    -- Its tab page may be another one.
    local anywhere = vim.fn.win_findbuf(buf)
    if #anywhere > 0 then
      return anywhere[1]
    end
  end
  local previous = vim.api.nvim_get_current_win()
  if how == "vsplit" then
    vim.cmd("botright " .. tonumber(M.opts.width or 80) .. "vsplit")
  elseif how == "tab" then
    vim.cmd("tab split")
  else
    vim.cmd("botright " .. tonumber(M.opts.height or 12) .. "split")
  end
  win = vim.api.nvim_get_current_win()
  vim.api.nvim_win_set_buf(win, buf)
  vim.wo[win].number = false
  vim.wo[win].relativenumber = false
  vim.wo[win].signcolumn = "no"
  vim.wo[win].wrap = true
  M.scroll_to_end(win)
  -- Back where the command was given (for "tab", in the tab page before;
  -- `gt` shows the output).
  if vim.api.nvim_win_is_valid(previous) then
    vim.api.nvim_set_current_win(previous)
  end
  return win
end

--- Closes the output windows of the current tab page, or shows one.
function M.toggle()
  local win = M.window()
  if win then
    -- The last window of a tab page cannot be closed; hide nothing then.
    pcall(vim.api.nvim_win_close, win, false)
  else
    M.show(M.opts.output == "none" and "split" or M.opts.output)
  end
end

function M.scroll_to_end(win)
  local last = vim.api.nvim_buf_line_count(state.buf)
  pcall(vim.api.nvim_win_set_cursor, win, { last, 0 })
end

-- Runs `edit` on the modifiable buffer, then moves the cursors that were
-- on the last line to the new last line (a window scrolled up to read
-- earlier output stays where it is).
local function write(edit)
  local buf = M.buffer()
  local before = vim.api.nvim_buf_line_count(buf)
  local following = {}
  for _, win in ipairs(vim.fn.win_findbuf(buf)) do
    if vim.api.nvim_win_get_cursor(win)[1] >= before then
      following[#following + 1] = win
    end
  end
  vim.bo[buf].modifiable = true
  local ok, err = pcall(edit, buf)
  vim.bo[buf].modifiable = false
  for _, win in ipairs(following) do
    M.scroll_to_end(win)
  end
  if not ok then
    error(err)
  end
end

-- Adds `text` (newline-separated; a missing final newline leaves the last
-- line open) and highlights it with `group`, if given.
local function put(text, group)
  text = text:gsub("\r\n", "\n")
  if text == "" then
    return
  end
  local lines = vim.split(text, "\n", { plain = true })
  local finished = lines[#lines] == ""
  if finished then
    table.remove(lines)
  end
  write(function(buf)
    local count = vim.api.nvim_buf_line_count(buf)
    local row, col
    if state.empty then
      row, col = 0, 0
      vim.api.nvim_buf_set_lines(buf, 0, -1, false, lines)
    elseif state.open then
      local last = vim.api.nvim_buf_get_lines(buf, count - 1, count, false)[1] or ""
      row, col = count - 1, #last
      lines[1] = last .. lines[1]
      vim.api.nvim_buf_set_lines(buf, count - 1, count, false, lines)
    else
      row, col = count, 0
      vim.api.nvim_buf_set_lines(buf, count, count, false, lines)
    end
    state.empty = false
    state.open = not finished
    if group then
      local end_row = row + #lines - 1
      local end_col = #lines[#lines]
      if end_row > row or end_col > col then
        vim.api.nvim_buf_set_extmark(buf, ns, row, col, {
          end_row = end_row,
          end_col = end_col,
          hl_group = group,
        })
      end
    end
  end)
end

--- Streams one `pvm/output` chunk.
function M.append(text, stream)
  put(text or "", stream == "stderr" and "PvmOutputStderr" or nil)
end

--- A line of its own (closing an unfinished line first).
function M.line(text, group)
  if state.open then
    state.open = false
  end
  put(text .. "\n", group)
end

--- Empties the buffer.
function M.clear()
  write(function(buf)
    vim.api.nvim_buf_clear_namespace(buf, ns, 0, -1)
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, {})
  end)
  state.empty = true
  state.open = false
end

--- The run-start line; opens the window.
function M.begin(title)
  M.buffer()
  if M.opts.clear then
    M.clear()
  end
  M.show()
  M.line("▶ " .. title, "PvmOutputHeader")
end

--- The run-end line for a `RunResult` (or a request error).
function M.finish(err, result)
  if err then
    M.line("■ failed: " .. tostring(err.message or err), "PvmOutputFailed")
    return
  end
  result = type(result) == "table" and result or {}
  local parts = { tostring(result.status or "?") }
  if result.exitCode ~= nil and result.exitCode ~= vim.NIL then
    parts[#parts + 1] = "exit " .. tostring(result.exitCode)
  end
  if result.durationMs ~= nil and result.durationMs ~= vim.NIL then
    parts[#parts + 1] = tostring(result.durationMs) .. " ms"
  end
  if result.runId ~= nil and result.runId ~= vim.NIL then
    parts[#parts + 1] = "run " .. tostring(result.runId)
  end
  local group = result.status == "ok" and "PvmOutputOk" or "PvmOutputFailed"
  M.line("■ " .. table.concat(parts, " · "), group)
end

--- The file and line of the traceback entry at output line `row`
--- (1-based; default: the cursor's): a `  File "…", line N, in …` line,
--- or the source line printed under one.
function M.location(row)
  local buf = M.buffer()
  row = row or vim.api.nvim_win_get_cursor(0)[1]
  for r = row, math.max(row - 1, 1), -1 do
    local text = vim.api.nvim_buf_get_lines(buf, r - 1, r, false)[1] or ""
    local file, line = text:match('^%s*File "(.-)", line (%d+)')
    if file then
      return file, tonumber(line)
    end
  end
  return nil
end

--- Opens the traceback entry under the cursor in the window the output
--- was opened from (or a new split), at its line.
function M.jump()
  local file, line = M.location()
  if not file or vim.fn.filereadable(file) ~= 1 then
    return
  end
  local here = vim.api.nvim_get_current_win()
  vim.cmd("wincmd p")
  if vim.api.nvim_get_current_win() == here then
    vim.cmd("aboveleft split")
  end
  -- :buffer, not :edit: editing a loaded file again rereads it, and a
  -- modified buffer refuses that.
  vim.cmd("buffer " .. vim.fn.bufadd(file))
  vim.bo.buflisted = true
  pcall(vim.api.nvim_win_set_cursor, 0, { line, 0 })
end

--- The buffer's lines (for tests and scripts).
function M.lines()
  local buf = M.buffer()
  return vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

return M
