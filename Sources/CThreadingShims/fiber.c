// User-level threads ("fibers") for the simulated runtime: each simulated thread runs on its own stack (with a guard
// page below it) and the runtime switches stacks directly, on one OS thread, instead of handing a baton between OS
// threads. A switch also moves the Swift runtime's exclusivity-access set with the stack, tells ThreadSanitizer about
// the switch (when built with it), and updates the calling OS thread's "current simulated thread".
#define _GNU_SOURCE
#include "CThreadingShims.h"
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define CTHREADING_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) && !defined(CTHREADING_TSAN)
#define CTHREADING_TSAN 1
#endif

#ifdef CTHREADING_TSAN
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_destroy_fiber(void *fiber);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
#endif

// The Swift runtime's hooks for moving a thread's dynamic exclusivity accesses in and out (what Swift concurrency
// calls when a task suspends and resumes); weak, so that a runtime without them only loses that bookkeeping.
extern void swift_task_enterThreadLocalContext(char *state) __attribute__((weak));
extern void swift_task_exitThreadLocalContext(char *state) __attribute__((weak));

/// Usable stack per fiber; reserved, not committed (pages are touched on use).
#define FIBER_STACK_SIZE ((size_t)4 << 20)
/// Stacks kept for reuse after their fiber is destroyed.
#define FIBER_STACK_POOL 256

struct cthreading_fiber {
    void *sp;           // saved stack pointer while suspended
    void *mapping;      // the stack mapping (guard page first); NULL for an OS thread's own context
    size_t mapped;
    void *tsan;         // ThreadSanitizer's fiber, when built with it
    uintptr_t exclusivity[2];  // the Swift exclusivity accesses of this fiber while it is suspended
    void *core;
    uintptr_t identity;
};

static __thread void *current_core;
static __thread uintptr_t current_identity;
static __thread void *current_footprint;

void *cthreading_current_core(void) { return current_core; }
uintptr_t cthreading_current_identity(void) { return current_identity; }
void *cthreading_current_footprint(void) { return current_footprint; }
void cthreading_set_current_footprint(void *footprint) { current_footprint = footprint; }

// void cthreading_stack_switch(void **save_sp, void *load_sp): saves the callee-saved registers on the current stack,
// stores its stack pointer in *save_sp, loads load_sp and restores the registers saved there.
// A new fiber's stack is laid out so that the restore "returns" into cthreading_fiber_trampoline with the entry
// function and its argument in callee-saved registers.
void cthreading_stack_switch(void **save_sp, void *load_sp);
void cthreading_fiber_trampoline(void);

#if defined(__x86_64__)
#if defined(__APPLE__)
#define SYM(name) "_" #name
#define FUNC_TYPE(name) ""
#define FUNC_SIZE(name) ""
#else
#define SYM(name) #name
#define FUNC_TYPE(name) ".type " #name ",@function\n"
#define FUNC_SIZE(name) ".size " #name ",.-" #name "\n"
#endif
__asm__(
    ".text\n"
    ".globl " SYM(cthreading_stack_switch) "\n"
    FUNC_TYPE(cthreading_stack_switch)
    ".p2align 4\n"
    SYM(cthreading_stack_switch) ":\n"
    "    pushq %rbp\n"
    "    pushq %rbx\n"
    "    pushq %r12\n"
    "    pushq %r13\n"
    "    pushq %r14\n"
    "    pushq %r15\n"
    "    subq $8, %rsp\n"
    "    stmxcsr (%rsp)\n"
    "    fnstcw 4(%rsp)\n"
    "    movq %rsp, (%rdi)\n"
    "    movq %rsi, %rsp\n"
    "    ldmxcsr (%rsp)\n"
    "    fldcw 4(%rsp)\n"
    "    addq $8, %rsp\n"
    "    popq %r15\n"
    "    popq %r14\n"
    "    popq %r13\n"
    "    popq %r12\n"
    "    popq %rbx\n"
    "    popq %rbp\n"
    "    ret\n"
    FUNC_SIZE(cthreading_stack_switch)
    ".globl " SYM(cthreading_fiber_trampoline) "\n"
    FUNC_TYPE(cthreading_fiber_trampoline)
    ".p2align 4\n"
    SYM(cthreading_fiber_trampoline) ":\n"
    "    movq %r13, %rdi\n"
    "    callq *%r12\n"
    "    ud2\n"
    FUNC_SIZE(cthreading_fiber_trampoline));

// Registers restored by the first switch into a new fiber, lowest address first.
static void **initial_frame(void *top, void (*entry)(void *), void *arg) {
    void **sp = (void **)((uintptr_t)top - 80);  // 16-byte aligned, so the trampoline's call is aligned
    uint32_t control[2] = {0x1F80, 0x037F};      // default MXCSR and x87 control word
    sp[0] = (void *)((uintptr_t)control[0] | ((uintptr_t)control[1] << 32));
    sp[1] = 0;              // r15
    sp[2] = 0;              // r14
    sp[3] = arg;            // r13
    sp[4] = (void *)entry;  // r12
    sp[5] = 0;              // rbx
    sp[6] = 0;              // rbp
    sp[7] = (void *)cthreading_fiber_trampoline;
    sp[8] = 0;
    sp[9] = 0;
    return sp;
}
#elif defined(__aarch64__)
#if defined(__APPLE__)
#define SYM(name) "_" #name
#define FUNC_TYPE(name) ""
#define FUNC_SIZE(name) ""
#else
#define SYM(name) #name
#define FUNC_TYPE(name) ".type " #name ",%function\n"
#define FUNC_SIZE(name) ".size " #name ",.-" #name "\n"
#endif
__asm__(
    ".text\n"
    ".globl " SYM(cthreading_stack_switch) "\n"
    FUNC_TYPE(cthreading_stack_switch)
    ".p2align 4\n"
    SYM(cthreading_stack_switch) ":\n"
    "    sub sp, sp, #160\n"
    "    stp x19, x20, [sp, #0]\n"
    "    stp x21, x22, [sp, #16]\n"
    "    stp x23, x24, [sp, #32]\n"
    "    stp x25, x26, [sp, #48]\n"
    "    stp x27, x28, [sp, #64]\n"
    "    stp x29, x30, [sp, #80]\n"
    "    stp d8, d9, [sp, #96]\n"
    "    stp d10, d11, [sp, #112]\n"
    "    stp d12, d13, [sp, #128]\n"
    "    stp d14, d15, [sp, #144]\n"
    "    mov x9, sp\n"
    "    str x9, [x0]\n"
    "    mov sp, x1\n"
    "    ldp x19, x20, [sp, #0]\n"
    "    ldp x21, x22, [sp, #16]\n"
    "    ldp x23, x24, [sp, #32]\n"
    "    ldp x25, x26, [sp, #48]\n"
    "    ldp x27, x28, [sp, #64]\n"
    "    ldp x29, x30, [sp, #80]\n"
    "    ldp d8, d9, [sp, #96]\n"
    "    ldp d10, d11, [sp, #112]\n"
    "    ldp d12, d13, [sp, #128]\n"
    "    ldp d14, d15, [sp, #144]\n"
    "    add sp, sp, #160\n"
    "    ret\n"
    FUNC_SIZE(cthreading_stack_switch)
    ".globl " SYM(cthreading_fiber_trampoline) "\n"
    FUNC_TYPE(cthreading_fiber_trampoline)
    ".p2align 4\n"
    SYM(cthreading_fiber_trampoline) ":\n"
    "    mov x0, x20\n"
    "    blr x19\n"
    "    brk #0\n"
    FUNC_SIZE(cthreading_fiber_trampoline));

static void **initial_frame(void *top, void (*entry)(void *), void *arg) {
    void **sp = (void **)((uintptr_t)top - 160);
    for (int i = 0; i < 20; i++) sp[i] = 0;
    sp[0] = (void *)entry;                        // x19
    sp[1] = arg;                                  // x20
    sp[11] = (void *)cthreading_fiber_trampoline;  // x30
    return sp;
}
#else
#error "fiber.c: stack switching is implemented for x86_64 and aarch64 only"
#endif

// MARK: stacks

static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static void *pool[FIBER_STACK_POOL];
static int pooled;

static size_t page_size(void) {
    long size = sysconf(_SC_PAGESIZE);
    return size > 0 ? (size_t)size : 4096;
}

static void *take_stack(size_t mapped) {
#ifndef CTHREADING_TSAN  // under ThreadSanitizer every fiber gets fresh memory (its shadow starts clean)
    pthread_mutex_lock(&pool_lock);
    void *reused = pooled > 0 ? pool[--pooled] : NULL;
    pthread_mutex_unlock(&pool_lock);
    if (reused) return reused;
#endif
    int flags = MAP_PRIVATE | MAP_ANONYMOUS;
#ifdef MAP_NORESERVE
    flags |= MAP_NORESERVE;
#endif
#ifdef MAP_STACK
    flags |= MAP_STACK;
#endif
    void *mapping = mmap(NULL, mapped, PROT_READ | PROT_WRITE, flags, -1, 0);
    if (mapping == MAP_FAILED) return NULL;
    if (mprotect(mapping, page_size(), PROT_NONE) != 0) {  // the guard page: an overflow faults instead of corrupting
        munmap(mapping, mapped);
        return NULL;
    }
    return mapping;
}

static void give_back_stack(void *mapping, size_t mapped) {
#ifndef CTHREADING_TSAN
    pthread_mutex_lock(&pool_lock);
    if (pooled < FIBER_STACK_POOL) {
        pool[pooled++] = mapping;
        mapping = NULL;
    }
    pthread_mutex_unlock(&pool_lock);
    if (!mapping) return;
#endif
    munmap(mapping, mapped);
}

// MARK: fibers

cthreading_fiber *cthreading_fiber_create(void (*entry)(void *), void *arg, void *core) {
    cthreading_fiber *fiber = calloc(1, sizeof *fiber);
    if (!fiber) return NULL;
    fiber->mapped = FIBER_STACK_SIZE + page_size();
    fiber->mapping = take_stack(fiber->mapped);
    if (!fiber->mapping) {
        free(fiber);
        return NULL;
    }
    uintptr_t top = ((uintptr_t)fiber->mapping + fiber->mapped) & ~(uintptr_t)15;
    fiber->sp = initial_frame((void *)top, entry, arg);
    fiber->core = core;
    fiber->identity = (uintptr_t)core;
#ifdef CTHREADING_TSAN
    fiber->tsan = __tsan_create_fiber(0);
#endif
    return fiber;
}

cthreading_fiber *cthreading_fiber_for_thread(void) {
    cthreading_fiber *fiber = calloc(1, sizeof *fiber);
    if (!fiber) return NULL;
#ifdef CTHREADING_TSAN
    fiber->tsan = __tsan_get_current_fiber();
#endif
    return fiber;
}

void cthreading_fiber_destroy(cthreading_fiber *fiber) {
    if (!fiber) return;
    if (fiber->mapping) {
#ifdef CTHREADING_TSAN
        __tsan_destroy_fiber(fiber->tsan);
#endif
        give_back_stack(fiber->mapping, fiber->mapped);
    }
    free(fiber);
}

void cthreading_fiber_switch(cthreading_fiber *from, cthreading_fiber *to) {
    if (swift_task_exitThreadLocalContext) swift_task_exitThreadLocalContext((char *)from->exclusivity);
    if (swift_task_enterThreadLocalContext) swift_task_enterThreadLocalContext((char *)to->exclusivity);
    current_core = to->core;
    current_identity = to->identity;
#ifdef CTHREADING_TSAN
    __tsan_switch_to_fiber(to->tsan, 0);
#endif
    cthreading_stack_switch(&from->sp, to->sp);
}

int cthreading_fiber_tsan_annotated(void) {
#ifdef CTHREADING_TSAN
    return 1;
#else
    return 0;
#endif
}
