-- luacheck lua test: Neovim runs LuaJIT, and `vim` is its API (whose
-- option tables vim.bo and vim.wo are written to).
std = "luajit"
globals = { "vim" }
max_line_length = 130
