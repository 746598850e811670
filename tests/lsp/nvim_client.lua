-- A real client: headless Neovim 0.7 attaches `pvm lsp` to a Python file
-- with a syntax error, then prints the diagnostic and a bytecode hover.
--
--   PVM=target/release/pvm nvim --headless -u NONE -c "luafile tests/lsp/nvim_client.lua" FILE
--
-- Prints lines `DIAGNOSTIC <line>:<col> <message>` and `HOVER <text>`,
-- then `DONE`; exits with 1 if something did not arrive in time.

local function out(text)
  io.stdout:write(text .. "\n")
end

local function finish(code)
  io.stdout:flush()
  vim.cmd((code == 0) and "qall!" or "cquit! " .. code)
end

local pvm = os.getenv("PVM") or "pvm"
local buf = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = "pvm",
  cmd = { pvm, "lsp" },
  root_dir = vim.fn.getcwd(),
})
if not client_id then
  out("ERROR cannot start pvm lsp")
  finish(1)
  return
end
vim.lsp.buf_attach_client(buf, client_id)

local got = vim.wait(20000, function()
  return #vim.diagnostic.get(buf) > 0
end, 20)
if not got then
  out("ERROR no diagnostics")
  finish(1)
  return
end
for _, d in ipairs(vim.diagnostic.get(buf)) do
  out(string.format("DIAGNOSTIC %d:%d %s", d.lnum + 1, d.col + 1, d.message))
end

-- Hover on line 2 (0-based 1), which compiles.
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = 1, character = 4 },
}
local answers = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 20000)
local text
for _, answer in pairs(answers or {}) do
  if answer.result and answer.result.contents then
    text = answer.result.contents.value
  end
end
if not text then
  out("ERROR no hover")
  finish(1)
  return
end
out("HOVER " .. text:gsub("\n", "\nHOVER "))
out("DONE")
vim.lsp.stop_client(client_id)
finish(0)
