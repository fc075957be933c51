# The two entry points of the README. Each first installs the Debian packages
# Perturb needs (through sudo when not root), then builds with SwiftPM.

SYSTEM_PACKAGES := libpng-dev zlib1g-dev pkg-config libopenblas-dev libturbojpeg0-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test system-packages

demo: system-packages
	swift run -c release perturb run pipelines/stop-sign-patch.json

test: system-packages
	swift test

system-packages:
	@missing=$$(for package in $(SYSTEM_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$package 2>/dev/null | grep -q 'install ok installed' || echo $$package; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "Installing system packages:" $$missing; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi
