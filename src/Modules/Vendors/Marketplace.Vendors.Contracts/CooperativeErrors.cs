using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Vendors.Contracts;

/// <summary>Errors every module gives about a cooperative, worded once.</summary>
public static class CooperativeErrors
{
    /// <summary>No cooperative by that id, or none the caller may see (a 404 either way: an id is not confirmed to a stranger).</summary>
    public static Error NotFound => Error.NotFound("cooperative.not_found", Bilingual.Pick("Không tìm thấy hợp tác xã.", "No such cooperative."));
}
