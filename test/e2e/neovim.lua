-- Starts the Alliance language server for .alliance files in Neovim 0.7 (push diagnostics only, no
-- vim.lsp.start), waits for the first diagnostics and writes them to ALLIANCE_NVIM_OUT as JSON lines.
local server = os.getenv("ALLIANCE_SERVER")
local out = os.getenv("ALLIANCE_NVIM_OUT")

vim.filetype = vim.filetype or {}
vim.cmd([[autocmd BufRead,BufNewFile *.alliance setfiletype alliance]])

local function write_and_quit()
  local lines = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(lines, string.format('{"code":"%s","line":%d,"col":%d,"end_line":%d,"end_col":%d,"severity":%d}',
      tostring(d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""), d.lnum, d.col, d.end_lnum, d.end_col, d.severity))
  end
  local f = io.open(out, "w")
  f:write(table.concat(lines, "\n"))
  f:close()
  vim.cmd("qall!")
end

vim.cmd([[autocmd FileType alliance lua AllianceStart()]])

function AllianceStart()
  local client_id = vim.lsp.start_client({
    name = "alliance",
    cmd = { "node", server, "--stdio" },
    root_dir = vim.fn.getcwd(),
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, result, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
        if result and #result.diagnostics > 0 then
          vim.defer_fn(write_and_quit, 50)
        end
      end,
    },
  })
  vim.lsp.buf_attach_client(0, client_id)
end

vim.defer_fn(function()
  local f = io.open(out, "w")
  f:write("TIMEOUT")
  f:close()
  vim.cmd("qall!")
end, 20000)
