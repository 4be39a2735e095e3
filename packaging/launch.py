"""The bundle's entry point: PyInstaller freezes this script into the ``casewise`` executable."""

from desktop.cli import main

if __name__ == "__main__":
    main()
