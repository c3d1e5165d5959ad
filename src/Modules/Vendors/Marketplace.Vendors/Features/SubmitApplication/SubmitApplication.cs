using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.SubmitApplication;

internal sealed class SubmitApplicationHandler(VendorsDbContext db, IFileStore files, TimeProvider clock)
    : ICommandHandler<SubmitApplicationCommand, Result<ApplicationSubmitted>>
{
    public async ValueTask<Result<ApplicationSubmitted>> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        // The validator has checked the formats; normalizing again cannot fail.
        var taxCode = TaxCode.Normalize(command.TaxCode)!;
        if (await db.Cooperatives.AnyAsync(c => c.ActiveTaxCode == taxCode, cancellationToken))
        {
            return Error.FieldConflict(
                "application.tax_code_taken",
                nameof(command.TaxCode),
                Bilingual.Pick(
                    $"Mã số thuế {taxCode} đã có hồ sơ đang xét hoặc đã được duyệt.",
                    $"The tax code {taxCode} already has an application under review or approved."));
        }

        var application = new CooperativeApplication(
            command.LegalName.Trim(),
            command.RegistrationNumber.Trim(),
            taxCode,
            command.Province,
            command.Commune.Trim(),
            command.Address.Trim(),
            command.ContactPerson.Trim(),
            PhoneNumber.Normalize(command.Phone)!,
            command.Email.Trim(),
            command.Story.Trim(),
            command.Culture);
        var now = clock.GetUtcNow();
        var cooperative = Cooperative.Apply(
            CooperativeId.New(), command.ApplicantEmail, application, await FreeSlugAsync(application.LegalName, cancellationToken), now);

        // Kept as written anew from what was read (the validator refused what does not read), and
        // named by us: the name a file came with is neither kept nor shown.
        var number = 0;
        foreach (var document in command.Documents)
        {
            var kept = document.Document!;
            var extension = FileSignature.Extension(kept.ContentType);
            var key = await files.SaveAsync(kept.Content, extension, cancellationToken);
            cooperative.Attach(new ApplicationDocument(Guid.NewGuid(), $"giay-to-{++number}{extension}", kept.ContentType, kept.Content.Length, key, now));
        }

        db.Cooperatives.Add(cooperative);
        db.Members.Add(new CooperativeMember(cooperative.Id, command.ApplicantEmail, command.ApplicantId, MemberRole.Owner, now));
        if (await db.ApplicationDrafts.FindAsync([command.ApplicantId], cancellationToken) is { } draft)
        {
            db.ApplicationDrafts.Remove(draft);
        }

        return new ApplicationSubmitted(cooperative.Id, cooperative.Status);
    }

    /// <summary>The slug of the name, with -2, -3 … when another cooperative has it already.</summary>
    private async Task<string> FreeSlugAsync(string name, CancellationToken cancellationToken)
    {
        var slug = VietnameseText.Slugify(name);
        if (slug.Length == 0)
        {
            slug = "htx";
        }

        var taken = await db.Cooperatives.Where(c => c.Slug == slug || c.Slug.StartsWith(slug + "-")).Select(c => c.Slug).ToListAsync(cancellationToken);
        var candidate = slug;
        for (var n = 2; taken.Contains(candidate, StringComparer.Ordinal); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
