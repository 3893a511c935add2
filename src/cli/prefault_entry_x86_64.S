# The cdkpp executable's entry point (-e cdkpp_entry, CMakeLists.txt): faults
# in the writable segments and the stack's next pages (prefault_writable.cc;
# its argument is the stack pointer), then enters glibc's _start with the
# registers and stack the kernel set up.
# %rdx holds the kernel's value for _start (0: no function for atexit) and is
# kept across the call in %r12, which the call preserves and _start ignores.
# At entry %rsp is 16-byte aligned, so the callee sees the usual alignment.
	.text
	.globl	cdkpp_entry
	.type	cdkpp_entry, @function
cdkpp_entry:
	movq	%rdx, %r12
	movq	%rsp, %rdi
	call	cdkpp_prefault_writable_segments
	movq	%r12, %rdx
	jmp	_start
	.size	cdkpp_entry, .-cdkpp_entry
	.section	.note.GNU-stack,"",@progbits
