-- Starts the Alliance language server for .alliance files in Neovim 0.7 (push diagnostics only, no
-- vim.lsp.start), waits until the buffer has diagnostics and writes them to ALLIANCE_NVIM_OUT as JSON lines.
local server = os.getenv("ALLIANCE_SERVER")
local out = os.getenv("ALLIANCE_NVIM_OUT")

vim.cmd([[autocmd BufRead,BufNewFile *.alliance setfiletype alliance]])

local function write(text)
  local f = io.open(out, "w")
  f:write(text)
  f:close()
end

local function diagnostics_as_json(bufnr)
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(lines, string.format('{"code":"%s","line":%d,"col":%d,"end_line":%d,"end_col":%d,"severity":%d}',
      tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""), d.lnum, d.col, d.end_lnum, d.end_col, d.severity))
  end
  return table.concat(lines, "\n")
end

function AllianceStart()
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({ name = "alliance", cmd = { "node", "--v8-pool-size=1", server, "--stdio" }, cmd_env = { MALLOC_ARENA_MAX = "2" }, root_dir = vim.fn.getcwd() })
  vim.lsp.buf_attach_client(bufnr, client_id)
  -- Poll rather than hook the handler, so the diagnostics read are the ones Neovim itself stored.
  local started = vim.loop.now()
  local timer = vim.loop.new_timer()
  timer:start(100, 100, vim.schedule_wrap(function()
    if #vim.diagnostic.get(bufnr) > 0 then
      timer:stop()
      write(diagnostics_as_json(bufnr))
      vim.cmd("qall!")
    elseif vim.loop.now() - started > 30000 then
      timer:stop()
      write("TIMEOUT")
      vim.cmd("qall!")
    end
  end))
end

vim.cmd([[autocmd FileType alliance lua AllianceStart()]])
