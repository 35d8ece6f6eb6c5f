"""Suite-wide: this folder is on ``sys.path`` so that every test can import ``needs``."""
