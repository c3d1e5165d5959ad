using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>A return's photo as a page answers it: the picture, or 404 for one the reader may not see.</summary>
internal static class ReturnPhotos
{
    public static IActionResult Result(PageModel page, Result<byte[]> photo) =>
        photo.IsSuccess
            ? page.File(photo.Value, FileSignature.Detect(photo.Value.AsSpan(0, Math.Min(16, photo.Value.Length))) ?? "image/jpeg")
            : page.NotFound();
}
