//! `#[waymark_ffi_macros::export]`: uniffi's `#[uniffi::export]`, with every
//! exported body run inside the bindings' panic guard (`crate::guard`).
//!
//! Why a macro: a guard written by hand in each body was forgotten in 36 of
//! 125 exports (issue 15). With this attribute an exported call cannot lack
//! it, and `bindings/tests/guarded_exports.rs` fails when `#[uniffi::export]`
//! is used directly on anything but a foreign trait (which has no bodies).
//!
//! - A call returning `Result<_, E>` gets `crate::guard::guarded`: a panic
//!   becomes `E::internal()` (the area's localized `Internal` error).
//! - Any other call gets `crate::guard::guarded_infallible`: a panic is
//!   logged and re-raised with a fixed text, so uniffi hands the app an
//!   internal error that never quotes the panic's message.
//!
//! The area logged with a caught panic is the exporting module's name.

use proc_macro::TokenStream;
use quote::quote;
use syn::{parse_macro_input, Block, ImplItem, Item, ReturnType, Signature, Type};

#[proc_macro_attribute]
pub fn export(attr: TokenStream, item: TokenStream) -> TokenStream {
    let attr = proc_macro2::TokenStream::from(attr);
    let uniffi_attr = if attr.is_empty() {
        quote!(#[::uniffi::export])
    } else {
        quote!(#[::uniffi::export(#attr)])
    };
    let mut item = parse_macro_input!(item as Item);
    match &mut item {
        Item::Fn(f) => guard(&f.sig, &mut f.block),
        Item::Impl(imp) => {
            for member in &mut imp.items {
                if let ImplItem::Fn(m) = member {
                    guard(&m.sig, &mut m.block);
                }
            }
        }
        other => {
            return syn::Error::new_spanned(
                other,
                "export guards functions and impl blocks; a foreign trait \
                 (no bodies) uses #[uniffi::export(with_foreign)]",
            )
            .to_compile_error()
            .into();
        }
    }
    quote!(#uniffi_attr #item).into()
}

/// Replaces `{ body }` with `{ guard(area, || { body }) }`. A `return` or
/// `?` in the body now leaves the closure, with the same type.
fn guard(sig: &Signature, block: &mut Block) {
    let stmts = &block.stmts;
    let wrapper = if returns_result(sig) {
        quote!(crate::guard::guarded)
    } else {
        quote!(crate::guard::guarded_infallible)
    };
    let wrapped = quote!({
        #wrapper(crate::guard::area(::core::module_path!()), || { #(#stmts)* })
    });
    *block = syn::parse2(wrapped).expect("a block wrapped in a call is a block");
}

/// By the return type's name: `Result<…>` (any path ending in `Result`).
fn returns_result(sig: &Signature) -> bool {
    let ReturnType::Type(_, ty) = &sig.output else {
        return false;
    };
    match ty.as_ref() {
        Type::Path(p) => p.path.segments.last().is_some_and(|s| s.ident == "Result"),
        _ => false,
    }
}
