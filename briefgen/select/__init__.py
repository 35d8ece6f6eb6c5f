"""Selection: key passages and key figures by theme and by date."""
