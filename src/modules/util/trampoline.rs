//! Deep recursion without a deep native stack.
//!
//! `util.inspect` and `isDeepStrictEqual` are recursive by nature. Written
//! as plain recursion, every level of the value costs native stack, and a JS
//! call made from deep down (a getter, a Map iterator, a custom inspect
//! function) meets the engine's JS stack limit, which counts native frames
//! too. Written as `async fn`s whose recursive calls go through
//! [`Trampoline::call`], each level is a heap-allocated future instead: the
//! call parks the caller and hands the callee to [`Trampoline::run`]'s loop,
//! which always polls the innermost pending future, so the native stack
//! stays a few frames deep whatever the depth of the value.
//!
//! Nothing here is asynchronous in the I/O sense: a future only ever returns
//! `Pending` right after handing a callee to the loop.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

type Task = Pin<Box<dyn Future<Output = ()>>>;

/// The loop's list of parked callers and their innermost callee (last).
#[derive(Clone, Default)]
pub struct Trampoline {
    tasks: Rc<RefCell<Vec<Task>>>,
}

impl Trampoline {
    pub fn new() -> Trampoline {
        Trampoline::default()
    }

    /// Runs `fut` (and every call it makes through this trampoline) to the
    /// end on a shallow native stack.
    pub fn run<'a, R: 'a>(&self, fut: impl Future<Output = R> + 'a) -> R {
        let slot: Rc<RefCell<Option<R>>> = Rc::new(RefCell::new(None));
        let out = slot.clone();
        let base = self.tasks.borrow().len();
        self.push(Box::pin(async move {
            let r = fut.await;
            *out.borrow_mut() = Some(r);
        }));
        let mut cx = Context::from_waker(Waker::noop());
        while self.tasks.borrow().len() > base {
            let Some(mut task) = self.tasks.borrow_mut().pop() else { break };
            let below = self.tasks.borrow().len();
            if task.as_mut().poll(&mut cx).is_pending() {
                let grew = self.tasks.borrow().len() > below;
                // The parked caller goes beneath the callee it handed over.
                self.tasks.borrow_mut().insert(below, task);
                if !grew {
                    // A future that waits on nothing would never finish.
                    unreachable!("trampoline: a future was pending without a callee");
                }
            }
        }
        let r = slot.borrow_mut().take();
        r.expect("trampoline: the future finished")
    }

    /// Calls `fut` through the loop: the returned future parks its caller
    /// until `fut` is done. `fut` may borrow from the caller, which stays
    /// parked (and pinned) on the loop's list until then.
    pub fn call<'a, R: 'a>(&self, fut: Pin<Box<dyn Future<Output = R> + 'a>>) -> Call<'a, R> {
        Call { tramp: self.clone(), fut: Some(fut), slot: Rc::new(RefCell::new(None)) }
    }

    fn push<'a>(&self, task: Pin<Box<dyn Future<Output = ()> + 'a>>) {
        // SAFETY: the task only borrows from its caller, a future parked
        // beneath it on this list; `run` polls the list from the end, so the
        // task finishes (or is dropped, see Drop) before its caller can run
        // again or be dropped.
        let task: Task = unsafe { std::mem::transmute::<Pin<Box<dyn Future<Output = ()> + 'a>>, Task>(task) };
        self.tasks.borrow_mut().push(task);
    }
}

impl Drop for Trampoline {
    fn drop(&mut self) {
        // Only the last handle owns the list; callees go before their callers.
        if Rc::strong_count(&self.tasks) == 1 {
            while let Some(t) = self.tasks.borrow_mut().pop() {
                drop(t);
            }
        }
    }
}

/// A call parked on the trampoline (see [`Trampoline::call`]).
pub struct Call<'a, R> {
    tramp: Trampoline,
    fut: Option<Pin<Box<dyn Future<Output = R> + 'a>>>,
    slot: Rc<RefCell<Option<R>>>,
}

impl<'a, R: 'a> Future for Call<'a, R> {
    type Output = R;

    fn poll(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<R> {
        // SAFETY: nothing is moved out of the pinned fields; `fut` is a Box.
        let this = unsafe { self.get_unchecked_mut() };
        if let Some(fut) = this.fut.take() {
            let out = this.slot.clone();
            this.tramp.push(Box::pin(async move {
                let r = fut.await;
                *out.borrow_mut() = Some(r);
            }));
            return Poll::Pending;
        }
        match this.slot.borrow_mut().take() {
            Some(r) => Poll::Ready(r),
            None => Poll::Pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(t: Trampoline, n: u32) -> Pin<Box<dyn Future<Output = u32>>> {
        Box::pin(async move {
            if n == 0 {
                return 0;
            }
            let inner = t.call(depth(t.clone(), n - 1)).await;
            inner + 1
        })
    }

    #[test]
    fn deep_recursion_runs_flat() {
        let t = Trampoline::new();
        assert_eq!(t.run(depth(t.clone(), 1_000_000)), 1_000_000);
    }
}
