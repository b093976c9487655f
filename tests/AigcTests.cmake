# Shared registration of the QtTest suites: one executable per tst_*.cpp, in build/tests, run by
# ctest as <kind>.<name> offscreen with a UTF-8 locale.
set(AIGC_TEST_ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")

# aigc_add_test(KIND NAME SOURCE TIMEOUT LIBRARIES...) -> target NAME, test KIND.NAME
function(aigc_add_test kind name src timeout)
    add_executable(${name} ${src})
    target_link_libraries(${name} PRIVATE ${ARGN})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${kind}.${name} COMMAND ${name})
    set_tests_properties(${kind}.${name} PROPERTIES
        LABELS ${kind} TIMEOUT ${timeout} ENVIRONMENT "${AIGC_TEST_ENVIRONMENT}")
endfunction()

# aigc_add_keychain_test(TEST_NAME TARGET LABELS): TARGET again, under scripts/with-keyring (a private
# D-Bus session with an unlocked gnome-keyring in a throwaway HOME; exit 77 = skipped when the tools
# are missing).
function(aigc_add_keychain_test test target labels)
    if(NOT TARGET ${target})
        return()
    endif()
    add_test(NAME ${test} COMMAND ${CMAKE_SOURCE_DIR}/scripts/with-keyring $<TARGET_FILE:${target}>)
    set_tests_properties(${test} PROPERTIES
        LABELS "${labels}" TIMEOUT 300 SKIP_RETURN_CODE 77 ENVIRONMENT "${AIGC_TEST_ENVIRONMENT}")
endfunction()
