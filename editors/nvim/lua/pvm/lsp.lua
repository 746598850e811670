-- Starting `pvm lsp` with Neovim's built-in client, one client per project
-- root, on every Neovim from 0.7 (`vim.lsp.start_client`) to current
-- (`vim.lsp.start`), and finding the client of a buffer again.

local M = {}

local function has(feature)
  return vim.fn.has(feature) == 1
end

-- Client ids this module started, by root directory (on 0.7, which has
-- no `vim.lsp.start` to reuse clients, this is what reuses them).
local started = {}

-- Every client, initialised or not: a command given while the server is
-- still starting waits for it instead of failing. get_clients and
-- get_active_clients list only initialised clients (0.11 includes the
-- others when asked with `_uninitialized`, ignored elsewhere).
local function all_clients()
  local list
  if vim.lsp.get_clients then
    list = vim.lsp.get_clients({ _uninitialized = true })
  else
    list = vim.lsp.get_active_clients()
  end
  local seen = {}
  for _, client in ipairs(list) do
    seen[client.id] = true
  end
  local highest = 0
  for _, client in ipairs(list) do
    highest = math.max(highest, client.id)
  end
  for _, id in pairs(started) do
    highest = math.max(highest, id)
  end
  -- Before 0.11 no list holds an uninitialised client started elsewhere
  -- (nvim-lspconfig), but get_client_by_id finds it; ids count up from 1,
  -- so those a little past the highest known id cover clients starting now.
  for id = 1, highest + 64 do
    local client = not seen[id] and vim.lsp.get_client_by_id(id)
    if client then
      seen[id] = true
      list[#list + 1] = client
    end
  end
  return list
end

local function stopped(client)
  if client.is_stopped then
    -- A method from 0.11 on, a plain function before.
    if has("nvim-0.11") then
      return client:is_stopped()
    end
    return client.is_stopped()
  end
  return false
end

--- Sends a request; `client.request` became a method in Neovim 0.11.
function M.request(client, method, params, handler, bufnr)
  if has("nvim-0.11") then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

--- The directory above `path` holding one of `markers`, or `path`'s own
--- directory.
function M.root(path, markers)
  local dir = vim.fn.fnamemodify(path, ":p:h")
  if vim.fs and vim.fs.root then
    return vim.fs.root(path, markers) or dir
  end
  local current = dir
  while true do
    for _, marker in ipairs(markers) do
      if vim.loop.fs_stat(current .. "/" .. marker) then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ":h")
    if parent == current then
      return dir
    end
    current = parent
  end
end

--- Starts (or reuses) the client for `config.root_dir` and attaches it to
--- `bufnr`. Returns the client id, or nil if the server cannot start.
function M.start(config, bufnr)
  if vim.lsp.start then
    -- Reuses a client with the same name and root directory.
    local id = vim.lsp.start(config, { bufnr = bufnr })
    if id then
      started[config.root_dir] = id
    end
    return id
  end
  local id = started[config.root_dir]
  local client = id and vim.lsp.get_client_by_id(id)
  if not client or stopped(client) then
    id = vim.lsp.start_client(config)
    if not id then
      return nil
    end
    started[config.root_dir] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- The client named `name` attached to `bufnr`, initialised or not.
function M.client(bufnr, name)
  for _, client in ipairs(all_clients()) do
    if client.name == name and not stopped(client) and vim.lsp.buf_is_attached(bufnr, client.id) then
      return client
    end
  end
  return nil
end

--- Every live client named `name`.
function M.clients(name)
  local out = {}
  for _, client in ipairs(all_clients()) do
    if client.name == name and not stopped(client) then
      out[#out + 1] = client
    end
  end
  return out
end

--- Waits (up to `timeout_ms`) until `client` has answered `initialize`:
--- a request sent earlier would reach the server before `initialize`.
function M.wait_initialized(client, timeout_ms)
  if client.initialized then
    return true
  end
  -- The client sends didOpen for its buffers in the same callback that
  -- marks it initialised, so the document is known once this is true.
  return vim.wait(timeout_ms, function()
    return client.initialized == true or stopped(client)
  end, 20) and client.initialized == true
end

return M
