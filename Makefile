# The two entry points of the README. Each first installs the Debian packages
# Perturb needs (through sudo when not root), then builds with SwiftPM.

SYSTEM_PACKAGES := libpng-dev zlib1g-dev pkg-config libopenblas-dev libturbojpeg0-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test system-packages

PERTURB := .build/release/perturb

demo: system-packages
	swift build -c release --product perturb
	@mkdir -p out
	$(PERTURB) --version
	$(PERTURB) model info Models/signs-cnn.onnx
	$(PERTURB) classify --model Models/signs-cnn.onnx --top 2 SampleImages/signs/stop/*.png SampleImages/signs/speed-limit-80/*.png
	$(PERTURB) classify --model Models/signs-resnet.onnx --top 1 SampleImages/signs/*/*.png
	$(PERTURB) attack --model Models/signs-cnn.onnx --method pgd --eps 0.0627 --alpha 0.0078 --steps 40 \
		SampleImages/signs/stop/*.png SampleImages/signs/speed-limit-30/*.png --out out/demo-attack
	$(PERTURB) classify --model Models/signs-resnet.onnx --top 1 out/demo-attack/*-adversarial.png
	$(PERTURB) image info SampleImages/no-entry-palette.png
	$(PERTURB) image convert SampleImages/no-entry-palette.png out/no-entry-rgba16.png --channels rgba --bit-depth 16
	$(PERTURB) image info out/no-entry-rgba16.png

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
