using System.ComponentModel.DataAnnotations;

namespace Marketplace.Web.Pages.Account;

/// <summary>A new password typed twice, as registration and password reset ask for it.</summary>
public abstract class NewPasswordFields
{
    [Required(ErrorMessage = "validation.required")]
    [StringLength(128, ErrorMessage = "validation.maxlength")]
    [DataType(DataType.Password)]
    [Display(Name = "field.password")]
    public string Password { get; set; } = string.Empty;

    [Required(ErrorMessage = "validation.required")]
    [Compare(nameof(Password), ErrorMessage = "validation.compare")]
    [DataType(DataType.Password)]
    [Display(Name = "field.confirmpassword")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
