using Marketplace.SharedKernel;

namespace Marketplace.Vendors.Domain;

/// <summary>
/// An application not sent yet, as its person left it: whatever they had typed, checked by
/// nothing, kept so that a form of ten fields can be filled over several sittings (a cooperative
/// looks its registration number up, then comes back). One per person; gone once they apply.
/// </summary>
internal sealed class ApplicationDraft
{
    public const int MaxLength = 16_000;

    private ApplicationDraft()
    {
    }

    public ApplicationDraft(UserId userId, string fields, DateTimeOffset savedAt)
    {
        UserId = userId;
        Fields = fields;
        SavedAt = savedAt;
    }

    public UserId UserId { get; private set; }

    /// <summary>The form's fields as JSON: a draft is only ever read back into the same form.</summary>
    public string Fields { get; private set; } = string.Empty;

    public DateTimeOffset SavedAt { get; private set; }

    public void Replace(string fields, DateTimeOffset savedAt)
    {
        Fields = fields;
        SavedAt = savedAt;
    }
}
