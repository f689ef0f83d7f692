-- Drives `pyjail lsp` through Neovim's built-in LSP client, as a user's editor
-- would, and writes what the client saw as JSON for tests/lsp_neovim.rs.
-- Uses only the Neovim 0.7 API (Debian bookworm): vim.lsp.start_client and
-- vim.lsp.buf_attach_client rather than vim.lsp.start (0.8+).
--
-- Environment: PYJAIL_BIN (the binary), PYJAIL_FILE (a .py file whose first
-- line has an escape pattern after non-ASCII and astral characters, and whose
-- second line has another pattern), PYJAIL_OUT (where to write the result).
-- Every wait is bounded; the script always writes its result and quits.

local bin = assert(os.getenv("PYJAIL_BIN"), "PYJAIL_BIN")
local file = assert(os.getenv("PYJAIL_FILE"), "PYJAIL_FILE")
local out = assert(os.getenv("PYJAIL_OUT"), "PYJAIL_OUT")
local patience = 10000 -- ms; a hang guard, not a measurement

local result = {}

local function snapshot(bufnr, lnum)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr, lnum and { lnum = lnum } or nil)) do
    table.insert(list, {
      code = d.code,
      source = d.source,
      severity = d.severity,
      message = d.message,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
    })
  end
  table.sort(list, function(a, b)
    return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col)
  end)
  return list
end

local function wait_until(what, condition)
  if not vim.wait(patience, condition, 10) then
    error("timed out waiting for " .. what)
  end
end

local function request(bufnr, client_id, method, params)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, patience)
  if not responses then
    error(method .. ": " .. tostring(err))
  end
  local response = responses[client_id] or {}
  if response.err then
    error(method .. ": " .. vim.inspect(response.err))
  end
  return response.result
end

local function utf16_col(bufnr, lnum, byte_col)
  local line = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1]
  local _, utf16 = vim.str_utfindex(line, byte_col)
  return utf16
end

local function run()
  vim.cmd("edit " .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  local client_id = vim.lsp.start_client({
    name = "pyjail",
    cmd = { bin, "lsp" },
    root_dir = vim.fn.fnamemodify(file, ":p:h"),
    on_exit = function(code)
      result.exit_code = code
    end,
  })
  assert(client_id, "vim.lsp.start_client failed")
  assert(vim.lsp.buf_attach_client(bufnr, client_id), "vim.lsp.buf_attach_client failed")

  -- 1. Opening the file publishes diagnostics.
  wait_until("diagnostics after opening", function()
    return #vim.diagnostic.get(bufnr) > 0
  end)
  result.opened = snapshot(bufnr)
  result.line1 = vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1]

  -- 2. Hover on the first finding shows the rule's explanation.
  local first = result.opened[1]
  local hover = request(bufnr, client_id, "textDocument/hover", {
    textDocument = { uri = uri },
    position = { line = first.lnum, character = utf16_col(bufnr, first.lnum, first.col) },
  })
  result.hover = hover and hover.contents and hover.contents.value
  result.hover_code = first.code

  -- 3. Quick fixes suppress every finding on line 2, one action at a time
  --    (the second and later ones merge into the comment the first added).
  local line2_before = snapshot(bufnr, 1)
  result.line2_codes = {}
  for _, d in ipairs(line2_before) do
    table.insert(result.line2_codes, d.code)
  end
  result.actions = {}
  for _ = 1, 5 do
    local remaining = #vim.diagnostic.get(bufnr, { lnum = 1 })
    if remaining == 0 then
      break
    end
    local line2 = vim.api.nvim_buf_get_lines(bufnr, 1, 2, false)[1]
    local actions = request(bufnr, client_id, "textDocument/codeAction", {
      textDocument = { uri = uri },
      range = { start = { line = 1, character = 0 }, ["end"] = { line = 1, character = utf16_col(bufnr, 1, #line2) } },
      context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, 1, nil, client_id) },
    })
    assert(actions and actions[1], "no code action for line 2")
    table.insert(result.actions, actions[1].title)
    vim.lsp.util.apply_workspace_edit(actions[1].edit, "utf-16")
    wait_until("the suppressed diagnostic to go", function()
      return #vim.diagnostic.get(bufnr, { lnum = 1 }) < remaining
    end)
  end
  result.line2_after = vim.api.nvim_buf_get_lines(bufnr, 1, 2, false)[1]
  result.line2_diagnostics = snapshot(bufnr, 1)

  -- 4. An edit that removes the pattern on line 1 clears the diagnostics.
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, { 'x = "é😀"; y = obj' })
  wait_until("diagnostics to clear", function()
    return #vim.diagnostic.get(bufnr) == 0
  end)
  result.cleared = snapshot(bufnr)

  -- 5. shutdown, then exit.
  vim.lsp.stop_client(client_id)
  wait_until("the server to exit", function()
    return result.exit_code ~= nil
  end)
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
end
local handle = assert(io.open(out, "w"))
handle:write(vim.fn.json_encode(result))
handle:close()
vim.cmd("qa!")
