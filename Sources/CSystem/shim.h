#ifdef __linux__
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <malloc.h>
#include <sys/prctl.h>

/// Names the calling thread (shown by ps and debuggers; cut to 15 bytes). prctl is variadic, which Swift
/// cannot call, and pthread_setname_np needs _GNU_SOURCE.
static inline int csystem_name_thread(const char *name) {
    return prctl(PR_SET_NAME, (unsigned long)name, 0UL, 0UL, 0UL);
}
#endif
