# The two commands: `make run` and `make test`. Both install what they need first (Debian packages as root, npm
# packages for the interop tests from tests/interop/package-lock.json), then build.

BUILD      ?= build
FUZZ_BUILD ?= build-fuzz
JOBS       ?= 2
CMAKE_FLAGS ?=
ifeq ($(CI),true)
  CMAKE_FLAGS += -DSTACKS_WERROR=ON
endif

.PHONY: all run test build setup setup-run unit fuzz bench format clean

all: build

setup:
	@scripts/setup.sh

setup-run:
	@scripts/setup.sh --no-npm

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: $(BUILD)/build.ninja
	cmake --build $(BUILD) -j$(JOBS)

run: setup-run
	@$(MAKE) --no-print-directory build
	@scripts/run.sh $(BUILD)

# Unit, interop and integration tests, then every fuzz target for a bounded time under ASan/UBSan.
test: setup
	@$(MAKE) --no-print-directory build
	ctest --test-dir $(BUILD) -j$(JOBS) --output-on-failure
	@$(MAKE) --no-print-directory fuzz

unit: build
	ctest --test-dir $(BUILD) -j$(JOBS) -L unit --output-on-failure

fuzz:
	CC=clang CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DSTACKS_FUZZ=ON -DSTACKS_BUILD_BENCH=OFF \
	  -DSTACKS_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j$(JOBS)
	ctest --test-dir $(FUZZ_BUILD) -j$(JOBS) -L fuzz --output-on-failure

bench: build
	$(BUILD)/bin/bench_crypto

format:
	find src apps tests bench -name '*.cpp' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(FUZZ_BUILD)
