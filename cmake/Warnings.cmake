# Project-wide warnings. STACKS_WERROR (on in CI) turns them into errors.
# No -Wpedantic: Clarity's 128-bit integers use the GNU extension __int128.
add_compile_options(-Wall -Wextra -Wshadow -Wcast-align -Wunused -Wimplicit-fallthrough
                    $<$<COMPILE_LANGUAGE:CXX>:-Wnon-virtual-dtor> $<$<COMPILE_LANGUAGE:CXX>:-Woverloaded-virtual>)
if(STACKS_WERROR)
  add_compile_options(-Werror)
endif()
if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
  add_compile_options(-Wthread-safety)
endif()
