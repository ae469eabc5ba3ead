# One INTERFACE target that every Falconry target links: language level,
# warnings and the defines that keep Qt and torch headers compatible.
add_library(falconry_options INTERFACE)
target_compile_features(falconry_options INTERFACE cxx_std_20)
target_compile_options(falconry_options INTERFACE
    -Wall -Wextra -Wpedantic
    # GCC 12 reports std::string inlining false positives (GCC bug 105329).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-stringop-overflow -Wno-restrict -Wno-array-bounds>
    $<$<BOOL:${FALCONRY_WARNINGS_AS_ERRORS}>:-Werror>
    $<$<BOOL:${FALCONRY_FUZZ}>:-fsanitize=fuzzer-no-link,address,undefined>)
if(FALCONRY_FUZZ)
    target_link_options(falconry_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(falconry_options INTERFACE
    # Qt's `slots`/`signals`/`emit` macros break ATen/core/ivalue_inl.h.
    QT_NO_KEYWORDS
    QT_NO_CAST_FROM_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    FALCONRY_VERSION="${PROJECT_VERSION}")

# Third-party headers (torch, Qt) are included as system headers so that their
# warnings never fail our -Werror build.
function(falconry_system_includes target)
    foreach(dep IN LISTS ARGN)
        get_target_property(dirs ${dep} INTERFACE_INCLUDE_DIRECTORIES)
        if(dirs)
            target_include_directories(${target} SYSTEM PRIVATE ${dirs})
        endif()
    endforeach()
endfunction()
