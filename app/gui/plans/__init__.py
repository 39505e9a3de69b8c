"""The 应急预案 tab: search plans and knowledge articles, read, edit and print them; Ctrl+K."""
