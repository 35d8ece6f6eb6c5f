"""Clean stage: paragraph repair, garble flags, repeats and trailers."""
