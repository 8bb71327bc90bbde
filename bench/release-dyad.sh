# Sourced by the store, serve and bounds benchmarks from the source tree's root: builds dyad
# alone in release mode (build-bench-store, shared by them) and sets $dyad to its absolute path.
cmake -S . -B build-bench-store -DCMAKE_BUILD_TYPE=Release -DDYAD_TESTS=OFF > /dev/null
cmake --build build-bench-store -j"$(nproc)" --target dyad > /dev/null
dyad=$PWD/build-bench-store/dyad
